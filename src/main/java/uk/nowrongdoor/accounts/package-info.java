/** Staff accounts: sign-in, roles and organisations, invitations and password links, the sign-in audit. */
@NullMarked
package uk.nowrongdoor.accounts;

import org.jspecify.annotations.NullMarked;
