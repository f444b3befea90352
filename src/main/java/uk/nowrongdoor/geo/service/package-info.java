@NullMarked
package uk.nowrongdoor.geo.service;

import org.jspecify.annotations.NullMarked;
