/** Open data imports (ONS Postcode Directory, Open Referral feeds): sources, limits and background jobs. */
@NullMarked
package uk.nowrongdoor.imports;

import org.jspecify.annotations.NullMarked;
