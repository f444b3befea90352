@NullMarked
package uk.nowrongdoor.accounts.domain;

import org.jspecify.annotations.NullMarked;
