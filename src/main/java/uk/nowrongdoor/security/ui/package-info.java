@NullMarked
package uk.nowrongdoor.security.ui;

import org.jspecify.annotations.NullMarked;
