package org.openiro.quality.port.out;

import java.util.List;
import org.openiro.authority.AuthorityCode;
import org.openiro.reporting.ReportPeriod;

/**
 * The counts behind the QA report, grouped by the database (docs/quality-assurance.md). The reviews counted are the
 * complete reviews whose last meeting is in the period, grouped by that meeting's month ({@code 2024-05}) and by
 * their team: the one recorded on the review's QA form, or, with none recorded, the team of the child's social
 * worker now (null when neither is known).
 */
public interface QaCounts {

    /**
     * @param completed forms completed by the period's last day
     * @param owed      reviews whose form is owed: those whose follow-up the service records, with a record deadline
     * @param met       of those, forms completed by their deadline and by the period's last day
     * @param pending   of those, forms not yet completed (by the period's last day) whose deadline had not passed on it
     */
    record Forms(String month, String team, long reviews, long completed, long owed, long met, long pending) {
    }

    /** @param team null for every team */
    List<Forms> forms(AuthorityCode authority, ReportPeriod period, String team);

    /** How many forms (completed by the period's last day) gave this answer to this question. */
    record AnswerCount(String questionId, String answer, String month, String team, long forms) {
    }

    /** How many forms gave each answer to each question, by month and team (every team when {@code team} is null). */
    List<AnswerCount> answers(AuthorityCode authority, ReportPeriod period, String team);
}
