package uk.sexualsafety.cop.portal.casestudy;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.sexualsafety.cop.db.casestudy.CaseStudy;
import uk.sexualsafety.cop.db.casestudy.CaseStudyRepository;
import uk.sexualsafety.cop.db.casestudy.CaseStudyStatus;
import uk.sexualsafety.cop.db.casestudy.CaseStudyVersion;
import uk.sexualsafety.cop.db.casestudy.CaseStudyVersionRepository;
import uk.sexualsafety.cop.db.casestudy.RevisionStatus;
import uk.sexualsafety.cop.db.member.Role;
import uk.sexualsafety.cop.portal.security.CurrentUser;
import uk.sexualsafety.cop.portal.security.PortalUser;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The library of published case studies for members (and the moderators who look after it): the filtered list, the
 * reading view of the newest version, its history, and the comparison of two versions for its author and the
 * moderators. Whatever is not published is not found, except by its author and the moderators where they may see it.
 */
@Service
@RolesAllowed({Role.Names.MEMBER, Role.Names.MODERATOR})
public class CaseStudyLibrary {

    private static final ZoneId UK = ZoneId.of("Europe/London");
    public static final int MAX_PAGE_SIZE = 100;

    private final CaseStudyRepository caseStudies;
    private final CaseStudyVersionRepository versions;
    private final CaseStudyPresentation presentation;
    private final CurrentUser currentUser;

    CaseStudyLibrary(CaseStudyRepository caseStudies, CaseStudyVersionRepository versions,
                     CaseStudyPresentation presentation, CurrentUser currentUser) {
        this.caseStudies = caseStudies;
        this.versions = versions;
        this.presentation = presentation;
        this.currentUser = currentUser;
    }

    /** Published case studies matching the filter, one page of them, with the total. */
    @Transactional(readOnly = true)
    public Page<CaseStudySummary> published(CaseStudyFilter filter, CaseStudyOrder order, int page, int size) {
        Sort sort = switch (order) {
            case NEWEST -> Sort.by(Sort.Order.desc("firstPublishedOn"), Sort.Order.desc("id"));
            case OLDEST -> Sort.by(Sort.Order.asc("firstPublishedOn"), Sort.Order.asc("id"));
            case TITLE -> Sort.by(Sort.Order.asc("v.title"), Sort.Order.desc("id"));
        };
        Integer year = filter.year();
        return caseStudies.findPublished(filter.harmStructure(), filter.organisationType(), filter.theme(),
                        filter.charterCommitment(), year == null ? null : LocalDate.of(year, 1, 1),
                        year == null ? null : LocalDate.of(year + 1, 1, 1),
                        PageRequest.of(page, Math.min(Math.max(size, 1), MAX_PAGE_SIZE), sort))
                .map(CaseStudyLibrary::summary);
    }

    /** The years in which case studies were first published, newest first. */
    @Transactional(readOnly = true)
    public List<Integer> publicationYears() {
        return caseStudies.findPublicationYears();
    }

    /** The Charter commitments' short titles by number, for filters and forms. */
    @Transactional(readOnly = true)
    public Map<Integer, String> charterCommitments() {
        return presentation.commitmentTitles();
    }

    /**
     * Whether members may read the case study now: one look-up by primary key. What may be said about a case study
     * (comments, for instance) asks this first.
     */
    @Transactional(readOnly = true)
    public boolean isPublished(long caseStudyId) {
        return caseStudies.isPublished(caseStudyId);
    }

    /**
     * The newest published version for reading. An archived case study is read only by its author and the
     * moderators; anything else unpublished is not found.
     */
    @Transactional(readOnly = true)
    public CaseStudyReading read(long caseStudyId) {
        PortalUser me = currentUser.require();
        CaseStudy study = readable(caseStudyId, me);
        CaseStudyVersion shown = study.getPublishedVersion().orElseThrow();
        boolean author = study.isAuthor(me.accountId());
        boolean steward = author || me.hasRole(Role.MODERATOR);
        boolean published = study.isPublished();
        RevisionStatus revision = study.getRevisionStatus().orElse(null);
        return new CaseStudyReading(study.getId(), study.getVersion(), shown.getNumber().orElseThrow(),
                study.getFirstPublishedOn().orElseThrow(), day(shown), study.getStatus(), shown.getTitle(),
                presentation.fields(shown.content()), history(study.getId()), author, steward,
                author && published && revision != RevisionStatus.IN_REVIEW,
                steward && published && revision != RevisionStatus.IN_REVIEW, steward ? revision : null);
    }

    /** Every published version of a readable case study, oldest first. */
    @Transactional(readOnly = true)
    public List<VersionEntry> history(long caseStudyId) {
        readable(caseStudyId, currentUser.require());
        return versions.findAllPublished(caseStudyId).stream()
                .map(v -> new VersionEntry(v.getNumber().orElseThrow(), day(v))).toList();
    }

    /**
     * Two published versions side by side, field by field, for the author and the moderators; for anyone else, and
     * for versions that do not exist, the case study is not found.
     */
    @Transactional(readOnly = true)
    public VersionComparison compare(long caseStudyId, int fromNumber, int toNumber) {
        PortalUser me = currentUser.require();
        CaseStudy study = readable(caseStudyId, me);
        if (!study.isAuthor(me.accountId()) && !me.hasRole(Role.MODERATOR)) {
            throw new CaseStudyNotFoundException();
        }
        CaseStudyVersion from = versions.findPublished(caseStudyId, fromNumber)
                .orElseThrow(CaseStudyNotFoundException::new);
        CaseStudyVersion to = versions.findPublished(caseStudyId, toNumber)
                .orElseThrow(CaseStudyNotFoundException::new);
        return new VersionComparison(caseStudyId, study.getPublishedVersion().orElseThrow().getTitle(),
                new VersionEntry(fromNumber, day(from)), new VersionEntry(toNumber, day(to)),
                CaseStudyComparison.compare(presentation.fields(from.content()), presentation.fields(to.content())),
                history(caseStudyId));
    }

    private CaseStudy readable(long caseStudyId, PortalUser me) {
        Optional<CaseStudy> found = caseStudies.findById(caseStudyId).filter(study -> study.isPublished()
                || study.getStatus() == CaseStudyStatus.ARCHIVED
                && (study.isAuthor(me.accountId()) || me.hasRole(Role.MODERATOR)));
        return found.orElseThrow(CaseStudyNotFoundException::new);
    }

    private static LocalDate day(CaseStudyVersion version) {
        return version.getPublishedAt().orElseThrow().atZone(UK).toLocalDate();
    }

    private static CaseStudySummary summary(CaseStudy study) {
        CaseStudyVersion shown = study.getPublishedVersion().orElseThrow();
        return new CaseStudySummary(study.getId(), shown.getTitle(), shown.getSummary(), shown.getOrganisationType(),
                shown.getHarmStructure(), shown.getThemes().stream().sorted().toList(),
                study.getFirstPublishedOn().orElseThrow(), shown.getNumber().orElseThrow());
    }
}
