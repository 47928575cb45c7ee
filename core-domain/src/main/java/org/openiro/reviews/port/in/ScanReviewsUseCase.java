package org.openiro.reviews.port.in;

/** The scheduled scan for what has become due: safe to run in several instances at once. */
public interface ScanReviewsUseCase {

    /** Answers how many events it found (a fact already written by another scan counts, but is written once). */
    int scan();
}
