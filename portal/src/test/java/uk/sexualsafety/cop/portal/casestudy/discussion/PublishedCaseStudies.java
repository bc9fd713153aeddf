package uk.sexualsafety.cop.portal.casestudy.discussion;

import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;
import uk.sexualsafety.cop.db.casestudy.CaseStudy;
import uk.sexualsafety.cop.db.casestudy.CaseStudyContent;
import uk.sexualsafety.cop.db.casestudy.CaseStudyRepository;
import uk.sexualsafety.cop.db.casestudy.InterimMeasure;
import uk.sexualsafety.cop.db.casestudy.PoliceInvolvement;
import uk.sexualsafety.cop.db.casestudy.RaisedVia;
import uk.sexualsafety.cop.db.organisation.OrganisationType;
import uk.sexualsafety.cop.db.taxonomy.HarmStructure;
import uk.sexualsafety.cop.db.taxonomy.Theme;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/** Case studies for discussion tests, made through the entity's own steps so that no moderation is involved. */
final class PublishedCaseStudies {

    private final CaseStudyRepository caseStudies;
    private final TransactionTemplate transaction;

    PublishedCaseStudies(ApplicationContext context) {
        this.caseStudies = context.getBean(CaseStudyRepository.class);
        this.transaction = context.getBean(TransactionTemplate.class);
    }

    long published(long authorAccountId) {
        long id = draft(authorAccountId);
        change(id, study -> study.submit(content(), Instant.now()));
        change(id, study -> study.publish(LocalDate.now(), Instant.now()));
        return id;
    }

    long draft(long authorAccountId) {
        return transaction.execute(status -> {
            CaseStudy study = caseStudies.saveAndFlush(new CaseStudy(authorAccountId, Instant.now()));
            study.writeDraft(content(), Instant.now());
            return study.getId();
        });
    }

    void archive(long id) {
        change(id, study -> study.archive(Instant.now()));
    }

    private void change(long id, Consumer<CaseStudy> change) {
        transaction.executeWithoutResult(status -> change.accept(caseStudies.findById(id).orElseThrow()));
    }

    private static CaseStudyContent content() {
        return new CaseStudyContent("Discussion test " + UUID.randomUUID(), "A summary",
                new CaseStudyContent.Setting(OrganisationType.AMBULANCE_SERVICE, null),
                HarmStructure.COLLEAGUE_TO_COLLEAGUE, RaisedVia.BYPASS_ROUTE, "What happened",
                new CaseStudyContent.Response("Assessed for everyone", "A review group", Set.of(InterimMeasure.SUSPENSION),
                        null, PoliceInvolvement.NOT_INVOLVED, null, "Support offered", null, null),
                "The outcome", "What we learnt", List.of("What would you have done?"), Set.of(Theme.BYSTANDER),
                Set.of(6));
    }
}
