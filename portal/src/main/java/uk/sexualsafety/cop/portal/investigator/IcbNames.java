package uk.sexualsafety.cop.portal.investigator;

import org.springframework.stereotype.Component;
import uk.sexualsafety.cop.db.organisation.Icb;
import uk.sexualsafety.cop.db.organisation.IcbRepository;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** ICB names for the matching's reasons; the 42 ICBs are reference data, so they are read once. */
@Component
class IcbNames {

    private final IcbRepository icbs;
    private final Map<Long, String> names = new ConcurrentHashMap<>();

    IcbNames(IcbRepository icbs) {
        this.icbs = icbs;
    }

    String nameOf(Long icbId) {
        if (icbId == null) {
            return null;
        }
        if (names.isEmpty()) {
            icbs.findAllByOrderByName().forEach(icb -> names.put(icb.getId(), icb.getName()));
        }
        return names.get(icbId);
    }
}
