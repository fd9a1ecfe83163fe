import Batch
import Foundation
import ShapegenRuntime
import Testing

/// Latency of the generated client against moto, and decode time of a 100-item `ListJobsResponse`.
///
/// Runs only from `scripts/benchmark-moto` (release build), which sets `SHAPEGEN_BENCHMARK_CALLS`
/// and `SHAPEGEN_BENCHMARK_OUTPUT` and compares with boto3 against the same server.
@Suite("Latency benchmark", .enabled(if: Moto.isBenchmarkRequested, "run by scripts/benchmark-moto"))
struct LatencyBenchmark {
    struct Figures: Encodable {
        var calls: Int
        var listJobsMedianMilliseconds: Double
        var listJobsP90Milliseconds: Double
        var jobsPerResponse: Int
        var decodeIterations: Int
        var decode100MedianMicroseconds: Double
        var decodedBytes: Int
    }

    @Test("listJobs latency and ListJobsResponse decode time")
    func measure() async throws {
        let environment = ProcessInfo.processInfo.environment
        let calls = Int(environment["SHAPEGEN_BENCHMARK_CALLS"] ?? "") ?? 500
        let output = try #require(environment["SHAPEGEN_BENCHMARK_OUTPUT"])
        let client = try Moto.client()
        let request = Batch.ListJobsRequest(jobQueue: "builds")
        var jobsPerResponse = 0
        for _ in 0..<20 {
            jobsPerResponse = try await client.listJobs(request).jobSummaryList.count
        }
        var latencies: [Duration] = []
        latencies.reserveCapacity(calls)
        let clock = ContinuousClock()
        for _ in 0..<calls {
            let start = clock.now
            _ = try await client.listJobs(request)
            latencies.append(clock.now - start)
        }

        let body = try hundredItemResponse()
        let decodeIterations = 2000
        var decodes: [Duration] = []
        decodes.reserveCapacity(decodeIterations)
        for _ in 0..<decodeIterations {
            let start = clock.now
            let response = try JSONCoding.decoder.decode(Batch.ListJobsResponse.self, from: body)
            decodes.append(clock.now - start)
            #expect(response.jobSummaryList.count == 100)
        }

        let figures = Figures(
            calls: calls, listJobsMedianMilliseconds: milliseconds(percentile(latencies, 0.5)),
            listJobsP90Milliseconds: milliseconds(percentile(latencies, 0.9)), jobsPerResponse: jobsPerResponse,
            decodeIterations: decodeIterations,
            decode100MedianMicroseconds: milliseconds(percentile(decodes, 0.5)) * 1000,
            decodedBytes: body.count)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        try encoder.encode(figures).write(to: URL(fileURLWithPath: output))
    }

    /// moto's own job summaries, repeated with fresh IDs up to 100, as the service would send them.
    private func hundredItemResponse() throws -> Data {
        let seeded = try Moto.fixtures.get().call("queue").response.jobSummaryList
        let jobs = (0..<100).map { index in
            var job = seeded[index % seeded.count]
            job.jobId = "\(job.jobId)-\(index)"
            job.jobArn = job.jobArn.map { "\($0)-\(index)" }
            return job
        }
        return try JSONCoding.encoder.encode(Batch.ListJobsResponse(jobSummaryList: jobs, nextToken: "next-page-token"))
    }

    private func percentile(_ values: [Duration], _ fraction: Double) -> Duration {
        let sorted = values.sorted()
        return sorted[min(sorted.count - 1, Int(Double(sorted.count - 1) * fraction))]
    }

    private func milliseconds(_ duration: Duration) -> Double {
        let (seconds, attoseconds) = duration.components
        return Double(seconds) * 1000 + Double(attoseconds) / 1e15
    }
}
