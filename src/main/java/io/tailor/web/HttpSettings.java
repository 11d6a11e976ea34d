package io.tailor.web;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/** @param maxConnectionsPerAddress the most connections one peer address may hold open; 0 for no cap */
@Validated
@ConfigurationProperties("tailor.http")
public record HttpSettings(@Min(0) int maxConnectionsPerAddress) {}
