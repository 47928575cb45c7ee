package org.openiro.reviews.port.in;

import static org.openiro.shared.InvalidInput.required;

import java.time.LocalDate;
import org.openiro.authority.AuthorityCode;
import org.openiro.children.ChildId;
import org.openiro.reviews.BookingView;

/** Someone books the child's next review for a day. A booking never changes a due date. */
public interface BookReviewUseCase {

    /** The child and the day the review is booked for. */
    record BookReviewCommand(AuthorityCode authority, ChildId child, LocalDate date) {
        public BookReviewCommand {
            required("authority", authority);
            required("child", child);
            required("date", date);
        }
    }

    /** Books the review; answers the booking with the child's next review. */
    BookingView book(BookReviewCommand command);
}
