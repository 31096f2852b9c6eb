import Foundation
import Hummingbird
import NodCore
import NodStore

/// The administrator's page (organisations and accounts) and everyone's account page (API
/// tokens: made, shown once, revoked).
struct AdminRoutes {
    let office: Office

    struct AccountRow { let email: String; let role: String; let organisation: String }
    struct AdminContent { let organisations: [Organisation]; let accounts: [AccountRow]; let notice: String?; let error: String? }
    struct TokenRow { let publicID: String; let label: String; let created: String; let revoked: Bool }
    struct AccountContent { let tokens: [TokenRow]; let hasTokens: Bool; let newToken: String? }

    func add(to router: Router<OfficeRequestContext>) {
        router.get("/admin") { request, context in
            guard context.visitor.account?.role == .admin else { return refuse(request, context) }
            return try await admin(request, context, notice: nil, error: nil)
        }
        router.post("/admin/organisations") { request, context in
            let form = try await FormFields(request, context: context)
            guard form.hasValidToken(context) else { return office.staleForm(request, context) }
            guard context.visitor.account?.role == .admin else { return refuse(request, context) }
            do {
                let organisation = try await office.ledger.addOrganisation(name: InertText.name(form["name"] ?? ""))
                return Office.redirect("/organisations/\(organisation.publicID)")
            } catch let failure as LedgerFailure {
                return try await admin(request, context, notice: nil, error: failure.description, status: .badRequest)
            }
        }
        router.post("/admin/accounts") { request, context in
            let form = try await FormFields(request, context: context)
            guard form.hasValidToken(context) else { return office.staleForm(request, context) }
            guard context.visitor.account?.role == .admin else { return refuse(request, context) }
            let role = AccountRole(rawValue: form["role"] ?? "") ?? .coOp
            var organisationName: String?
            if let id = form["organisation"], !id.isEmpty {
                organisationName = try await office.ledger.organisation(publicID: id)?.name
            }
            do {
                try await office.ledger.addAccount(email: form["email"] ?? "", password: form["password"] ?? "", role: role, organisation: organisationName)
                return try await admin(request, context, notice: SiteText.words(context.visitor.language)["accountAdded"], error: nil)
            } catch let error as AccountError {
                return try await admin(request, context, notice: nil, error: AccountMessages.text(error, context.visitor.language), status: .badRequest)
            }
        }
        router.get("/account") { request, context in
            guard context.visitor.account != nil else { return Office.redirect("/sign-in") }
            return try await account(request, context, newToken: nil)
        }
        router.post("/account/tokens") { request, context in
            let form = try await FormFields(request, context: context)
            guard form.hasValidToken(context) else { return office.staleForm(request, context) }
            guard let account = context.visitor.account else { return Office.redirect("/sign-in") }
            let label = InertText.name(form["label"] ?? "", limit: 100)
            let (secret, _) = try await office.ledger.createAPIToken(accountID: account.id, label: label.isEmpty ? "API" : label)
            return try await self.account(request, context, newToken: secret)
        }
        router.post("/account/tokens/:token/revoke") { request, context in
            let form = try await FormFields(request, context: context)
            guard form.hasValidToken(context) else { return office.staleForm(request, context) }
            guard let account = context.visitor.account else { return Office.redirect("/sign-in") }
            try await office.ledger.revokeAPIToken(accountID: account.id, publicID: context.parameters.get("token") ?? "")
            return Office.redirect("/account")
        }
    }

    private func refuse(_ request: Request, _ context: OfficeRequestContext) -> Response {
        context.visitor.account == nil ? Office.redirect("/sign-in") : office.notFound(request, context)
    }

    private func admin(_ request: Request, _ context: OfficeRequestContext, notice: String?, error: String?,
                       status: HTTPResponse.Status = .ok) async throws -> Response {
        let organisations = try await office.ledger.organisations().map { Organisation(id: $0.id, publicID: $0.publicID, name: InertText.name($0.name)) }
        let names = Dictionary(organisations.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        let words = SiteText.words(context.visitor.language)
        let accounts = try await office.ledger.accounts().map { account in
            AccountRow(email: account.email, role: words[Self.roleKey(account.role)] ?? account.role.rawValue,
                       organisation: account.organisationID.flatMap { names[$0] } ?? "–")
        }
        return office.page("admin", title: "administration",
                           content: AdminContent(organisations: organisations, accounts: accounts, notice: notice, error: error),
                           request: request, context: context, status: status)
    }

    private func account(_ request: Request, _ context: OfficeRequestContext, newToken: String?) async throws -> Response {
        guard let account = context.visitor.account else { return Office.redirect("/sign-in") }
        let tokens = try await office.ledger.apiTokens(accountID: account.id).map {
            TokenRow(publicID: $0.publicID, label: InertText.name($0.label), created: Office.shortDate($0.created), revoked: $0.revoked != nil)
        }
        return office.page("account", title: "yourAccount", content: AccountContent(tokens: tokens, hasTokens: !tokens.isEmpty, newToken: newToken),
                           request: request, context: context)
    }

    static func roleKey(_ role: AccountRole) -> String {
        switch role {
        case .coOp: "roleCoOp"
        case .certifier: "roleCertifier"
        case .regulator: "roleRegulator"
        case .admin: "roleAdmin"
        }
    }
}
