package org.openiro.persistence.voice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openiro.authority.AuthorityCode;
import org.openiro.calendar.SupportedDates;
import org.openiro.children.ChildId;
import org.openiro.persistence.Database;
import org.openiro.voice.AdvocacyReferral;
import org.openiro.voice.Feedback;
import org.openiro.voice.IndependentVisitor;
import org.openiro.voice.port.out.VoiceRepository;

/**
 * Advocacy referrals, Independent Visitor matches and feedback written and read back, on H2 and PostgreSQL, are as
 * written: ids and texts at their columns' length, a long feedback text, dates at the supported calendar's ends and
 * the optional fields null.
 */
class VoiceMappingTest {

    private static final LocalDate FIRST = SupportedDates.FIRST;
    private static final LocalDate LAST = SupportedDates.LAST;

    @ParameterizedTest
    @EnumSource(Database.class)
    void the_childs_voice_reads_back_equal(Database db) {
        AuthorityCode authority = AuthorityCode.of(Database.fresh("map"));
        ChildId child = ChildId.of("c".repeat(36));
        db.child(authority.value(), child.value());
        VoiceRepository voice = db.bean(VoiceRepository.class);
        AdvocacyReferral widest = new AdvocacyReferral(Database.fresh("a").repeat(4).substring(0, 36), LAST,
                "p".repeat(36), db.longest("advocacy_referral", "type"));
        AdvocacyReferral bare = new AdvocacyReferral(Database.fresh("a"), FIRST, "p", null);
        IndependentVisitor matched = new IndependentVisitor(FIRST, null);
        IndependentVisitor ended = new IndependentVisitor(FIRST, LAST);
        Feedback long_ = new Feedback(Database.fresh("f").repeat(4).substring(0, 36), "professional", LAST,
                child.value(), "i".repeat(36), Integer.MAX_VALUE, Database.text(20_000));
        Feedback anonymous = new Feedback(Database.fresh("f"), "child", FIRST, null, null, null, null);

        db.inTransaction(() -> {
            voice.insert(authority, child, widest);
            voice.insert(authority, child, bare);
            voice.save(authority, child, matched);
            voice.insert(authority, long_);
            voice.insert(authority, anonymous);
        });
        assertThat(db.inTransaction(() -> voice.referrals(authority, child))).containsExactlyInAnyOrder(widest, bare);
        assertThat(db.inTransaction(() -> voice.independentVisitor(authority, child))).contains(matched);
        assertThat(db.inTransaction(() -> voice.feedback(authority, FIRST, LAST))).containsExactlyInAnyOrder(long_,
                anonymous);

        db.inTransaction(() -> voice.save(authority, child, ended));
        assertThat(db.inTransaction(() -> voice.independentVisitor(authority, child))).contains(ended);
    }
}
