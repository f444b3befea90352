package uk.nowrongdoor.imports.service;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Where the open data imports may read from ({@code nwd.imports.*}). An upload is limited to {@code maxUploadSize};
 * a URL import only reads https URLs that start with one of {@code allowedUrls} (none by default, so no URL imports),
 * with connect and read time-outs and at most {@code maxDownloadSize} bytes.
 */
@ConfigurationProperties("nwd.imports")
public record ImportProperties(
        @DefaultValue("2GB") DataSize maxUploadSize,
        @DefaultValue("2GB") DataSize maxDownloadSize,
        @DefaultValue List<String> allowedUrls,
        @DefaultValue("10s") Duration connectTimeout,
        @DefaultValue("60s") Duration readTimeout) {}
