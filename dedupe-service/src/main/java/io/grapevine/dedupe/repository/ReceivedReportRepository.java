package io.grapevine.dedupe.repository;

import io.grapevine.dedupe.ReceivedReport;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class ReceivedReportRepository implements PanacheRepositoryBase<ReceivedReport, String> {
}
