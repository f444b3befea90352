@NullMarked
package uk.nowrongdoor.imports.ui;

import org.jspecify.annotations.NullMarked;
