/** Partner editing: notices, "still accurate?", revisions and their moderation, public edit suggestions. */
@NullMarked
package uk.nowrongdoor.partner;

import org.jspecify.annotations.NullMarked;
