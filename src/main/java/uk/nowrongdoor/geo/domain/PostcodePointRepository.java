package uk.nowrongdoor.geo.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PostcodePointRepository extends JpaRepository<PostcodePoint, String> {

    /** Each district with the mean of its postcodes' points: a centroid derived from the imported directory. */
    @Query("select p.outwardCode, avg(p.latitude), avg(p.longitude) from PostcodePoint p group by p.outwardCode")
    List<Object[]> districtMeans();
}
