@NullMarked
package uk.nowrongdoor.reporting.service;

import org.jspecify.annotations.NullMarked;
