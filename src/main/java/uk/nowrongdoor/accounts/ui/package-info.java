@NullMarked
package uk.nowrongdoor.accounts.ui;

import org.jspecify.annotations.NullMarked;
