@NullMarked
package uk.nowrongdoor.base.ui;

import org.jspecify.annotations.NullMarked;
