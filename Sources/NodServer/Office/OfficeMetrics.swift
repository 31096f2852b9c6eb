import Prometheus

/// What an operator watches (served at `/metrics` in Prometheus's text format): audits by
/// outcome, the queue's length, and how long requests take.
package final class OfficeMetrics: Sendable {
    let registry: PrometheusCollectorRegistry
    private let audited: Counter
    private let rejected: Counter
    private let failed: Counter
    private let queue: Gauge
    private let latency: DurationHistogram

    package init() {
        let registry = PrometheusCollectorRegistry()
        self.registry = registry
        func audits(_ outcome: String) -> Counter {
            registry.makeCounter(descriptor: MetricNameDescriptor(namespace: "nod", metricName: "audits", unitName: "total",
                                                                  helpText: "Audits finished, by outcome"), labels: [("outcome", outcome)])
        }
        audited = audits("audited")
        rejected = audits("rejected")
        failed = audits("internal-error")
        queue = registry.makeGauge(descriptor: MetricNameDescriptor(namespace: "nod", metricName: "queue_length", unitName: "",
                                                                   helpText: "Submissions waiting for an audit worker"))
        latency = registry.makeDurationHistogram(
            descriptor: MetricNameDescriptor(namespace: "nod", metricName: "http_request_duration", unitName: "seconds",
                                             helpText: "Time to answer a request"),
            labels: [],
            buckets: [.milliseconds(5), .milliseconds(10), .milliseconds(25), .milliseconds(50), .milliseconds(100),
                      .milliseconds(250), .milliseconds(500), .seconds(1), .seconds(2.5), .seconds(10)])
    }

    func auditFinished(rejectedCode: String?) {
        switch rejectedCode {
        case nil: audited.increment()
        case "batch.internal-error": failed.increment()
        default: rejected.increment()
        }
    }

    func queueLength(_ count: Int) { queue.set(Double(count)) }

    func requestTook(_ duration: Duration) { latency.record(duration) }

    /// The exposition text.
    package func text() -> String { registry.emitToString() }
}
