import Hummingbird

/// Every address the office answers, in one place: pages, assets, operations and the API.
enum OfficeRoutes {
    static func router(_ office: Office) -> Router<OfficeRequestContext> {
        let router = Router(context: OfficeRequestContext.self)
        router.add(middleware: RequestTiming(metrics: office.metrics))
        router.add(middleware: SecurityHeaders())
        router.add(middleware: APIMethodGuard())
        router.add(middleware: Identify(office: office))
        OperationsRoutes(office: office).add(to: router)
        SessionRoutes(office: office).add(to: router)
        OrganisationRoutes(office: office).add(to: router)
        SubmissionRoutes(office: office).add(to: router)
        EvidenceRoutes(office: office).add(to: router)
        AdminRoutes(office: office).add(to: router)
        CertificationRoutes(office: office).add(to: router)
        ReviewRoutes(office: office).add(to: router)
        CertificateRoutes(office: office).add(to: router)
        RegisterRoutes(office: office).add(to: router)
        PortfolioRoutes(office: office).add(to: router)
        APIRoutes(office: office).add(to: router)
        return router
    }
}
