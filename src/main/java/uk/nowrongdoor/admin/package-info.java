/**
 * The partnership admins' screens for the directory's shared records: organisations, and the category and place
 * trees. Reads and changes directory entities; trust comes from partner/, partner accounts from accounts/.
 */
@NullMarked
package uk.nowrongdoor.admin;

import org.jspecify.annotations.NullMarked;
