package org.openiro.workforce.port.in;

import java.time.LocalDate;
import org.openiro.authority.AuthorityCode;
import org.openiro.shared.Page;
import org.openiro.workforce.WorkItem;

/** "What is due?": an IRO's worklist, or a team's, oldest first. */
public interface WorklistUseCase {

    /** @param until null for 20 working days from today */
    Page<WorkItem> forIro(AuthorityCode authority, String iroId, LocalDate until, Page.Request page);

    /** The worklist of every IRO of the team. */
    Page<WorkItem> forTeam(AuthorityCode authority, String team, LocalDate until, Page.Request page);
}
