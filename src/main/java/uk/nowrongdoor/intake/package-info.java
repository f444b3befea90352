/**
 * What self-referral and feedback share: plain-text cleaning, risk screening, rate limiting, references, the
 * acknowledgement mailer and its outbox, and browser drafts. Kept in its own feature folder so neither form depends
 * on the other.
 */
@NullMarked
package uk.nowrongdoor.intake;

import org.jspecify.annotations.NullMarked;
