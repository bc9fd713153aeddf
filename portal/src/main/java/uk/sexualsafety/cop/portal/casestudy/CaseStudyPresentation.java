package uk.sexualsafety.cop.portal.casestudy;

import org.springframework.stereotype.Component;
import uk.sexualsafety.cop.db.casestudy.CaseStudyContent;
import uk.sexualsafety.cop.db.organisation.Organisation;
import uk.sexualsafety.cop.db.organisation.OrganisationRepository;
import uk.sexualsafety.cop.db.taxonomy.CharterCommitment;
import uk.sexualsafety.cop.db.taxonomy.CharterCommitmentRepository;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Looks up what a version refers to (commitments' short titles, a named organisation) to show its fields. */
@Component
class CaseStudyPresentation {

    private final CharterCommitmentRepository commitments;
    private final OrganisationRepository organisations;

    CaseStudyPresentation(CharterCommitmentRepository commitments, OrganisationRepository organisations) {
        this.commitments = commitments;
        this.organisations = organisations;
    }

    /** Call inside a transaction. */
    List<ShownField> fields(CaseStudyContent content) {
        Map<Integer, String> titles = commitmentTitles();
        return CaseStudyFields.of(content, number -> titles.getOrDefault(number, "Commitment " + number),
                id -> organisations.findById(id).map(Organisation::getName).orElse("an organisation"));
    }

    Map<Integer, String> commitmentTitles() {
        return commitments.findAllByOrderByNumber().stream()
                .collect(Collectors.toMap(CharterCommitment::getNumber, CharterCommitment::getShortTitle));
    }
}
