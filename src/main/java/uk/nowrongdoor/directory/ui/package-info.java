@NullMarked
package uk.nowrongdoor.directory.ui;

import org.jspecify.annotations.NullMarked;
