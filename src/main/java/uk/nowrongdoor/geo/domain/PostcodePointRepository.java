package uk.nowrongdoor.geo.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PostcodePointRepository extends JpaRepository<PostcodePoint, String> {

    /**
     * Each district with the mean of its postcodes' points: a centroid derived from the imported directory. Large users
     * (often at a delivery office elsewhere) count only in a district that has nothing else.
     */
    @Query(
            """
            select p.outwardCode,
                   coalesce(avg(case when p.largeUser = false then p.latitude end), avg(p.latitude)),
                   coalesce(avg(case when p.largeUser = false then p.longitude end), avg(p.longitude))
            from PostcodePoint p group by p.outwardCode""")
    List<Object[]> districtMeans();
}
