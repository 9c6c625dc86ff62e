// Generated from the API by `npm run api-client:generate`: do not edit.

export interface paths {
    "/api/admin/offers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["DirectoryAdmin_updateOffer"];
        trace?: never;
    };
    "/api/admin/organisations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["DirectoryAdmin_listOrganisations"];
        put?: never;
        post: operations["DirectoryAdmin_createOrganisation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/organisations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["DirectoryAdmin_organisation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["DirectoryAdmin_updateOrganisation"];
        trace?: never;
    };
    "/api/admin/organisations/{id}/offers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["DirectoryAdmin_createOffer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/questionnaire": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Questionnaires_overview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/questionnaire/draft": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["Questionnaires_saveDraft"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/questionnaire/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Questionnaires_publish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/questionnaire/versions/{number}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Questionnaires_version"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Auth_login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Auth_logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Auth_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["Auth_updateMe"];
        trace?: never;
    };
    "/api/auth/password-reset/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Auth_confirmPasswordReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password-reset/request": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Auth_requestPasswordReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/signup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Auth_signup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Cases_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Cases_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/assignment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Cases_assign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/moves": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Cases_move"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/diagnostics/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Diagnostics_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/diagnostics/{id}/answers/{questionKey}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["Diagnostics_saveAnswer"];
        post?: never;
        delete: operations["Diagnostics_clearAnswer"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/diagnostics/{id}/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Diagnostics_results"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/diagnostics/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Diagnostics_submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/directory/offers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Directory_searchOffers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/directory/organisations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Directory_searchOrganisations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/directory/organisations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Directory_organisation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Health_check"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meta": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Meta_meta"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/project-invitations/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Projects_accept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Projects_list"];
        put?: never;
        post: operations["Projects_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Projects_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["Projects_update"];
        trace?: never;
    };
    "/api/projects/{id}/diagnostics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Diagnostics_list"];
        put?: never;
        post: operations["Diagnostics_start"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{id}/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Projects_invite"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/questionnaire": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Questionnaires_latest"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/territories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Territories_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/territories/{code}/communes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Territories_searchCommunes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AcceptInvitationDto: {
            /** @description The token of the invitation link. */
            token: string;
        };
        AnswerOptionDto: {
            key: string;
            label: components["schemas"]["LocalisedTextDto"];
            weights?: components["schemas"]["NeedWeightsDto"];
        };
        AnswersStateDto: {
            /** @description Answers by question key. */
            answers: {
                [key: string]: string | number | boolean | string[];
            };
            /** @description Keys of the required questions shown and not answered. */
            missingRequired: string[];
            progress: components["schemas"]["SectionProgressDto"][];
            /** Format: date-time */
            updatedAt: string;
        };
        AssignCaseDto: {
            /** @description Advisors following the case; replaces the current list. */
            followerIds?: string[];
            /** @description An active advisor of the territory: yourself or a colleague. */
            leadAdvisorId: string;
            /** @description The version of the case the assignment was decided on. */
            version: number;
        };
        CaseDto: {
            /** @enum {string|null} */
            closureOutcome: "funded" | "oriented_elsewhere" | "completed" | "abandoned" | "not_eligible" | null;
            diagnosticId: string;
            /** @description Oldest first. */
            events: components["schemas"]["CaseEventDto"][];
            /** @description The advisors following the case; staff only. */
            followerIds: string[];
            id: string;
            leadAdvisorId: string | null;
            /** @description The moves the caller can make now; none for holders. */
            moves: components["schemas"]["CaseMoveDto"][];
            project: components["schemas"]["CaseProjectDto"];
            reference: string;
            /** @enum {string} */
            stage: "submitted" | "orientation" | "accompaniment" | "funding" | "on_hold" | "closed";
            stageEnteredAt: components["schemas"]["StageEnteredAtDto"];
            /** Format: date-time */
            submittedAt: string;
            /** @description Send it back with a move: a stale one is a 409. */
            version: number;
        };
        CaseEventDto: {
            /** Format: date-time */
            createdAt: string;
            id: string;
            /** @example submitted */
            kind: string;
            payload: {
                [key: string]: unknown;
            };
            /**
             * @description Holders only ever get shared events.
             * @enum {string}
             */
            visibility: "internal" | "shared";
        };
        CaseMoveDto: {
            /** @enum {string} */
            kind: "take" | "advance" | "back" | "hold" | "resume" | "close" | "reopen";
            needsOutcome: boolean;
            needsReason: boolean;
            /** @enum {string} */
            to: "submitted" | "orientation" | "accompaniment" | "funding" | "on_hold" | "closed";
        };
        CaseProjectDto: {
            id: string;
            name: string;
        };
        CaseSummaryDto: {
            id: string;
            project: components["schemas"]["CaseProjectDto"];
            /** @example PDL-2026-00042 */
            reference: string;
            /** @enum {string} */
            stage: "submitted" | "orientation" | "accompaniment" | "funding" | "on_hold" | "closed";
            /** Format: date-time */
            submittedAt: string;
        };
        CommuneDto: {
            /**
             * @description INSEE code.
             * @example 44109
             */
            code: string;
            /** @example 44 */
            departementCode: string;
            /** @example Nantes */
            name: string;
            /**
             * @example [
             *       "44000",
             *       "44100"
             *     ]
             */
            postalCodes: string[];
        };
        CreateInvitationDto: {
            /** @example associee@example.org */
            email: string;
        };
        CreateOfferDto: {
            /** @description At least the minimum. */
            amountMaxCents?: number | null;
            amountMinCents?: number | null;
            /**
             * @description Required for a funding offer, none for an accompaniment.
             * @enum {string|null}
             */
            instrument?: "grant" | "honour_loan" | "bank_loan" | "guarantee" | "equity" | "repayable_advance" | null;
            /** @enum {string} */
            kind: "accompaniment" | "funding";
            /** @description Empty: every legal form. */
            legalForms?: ("unregistered" | "association" | "scop" | "scic" | "cae_member" | "esus_company" | "other")[];
            /** @example Prêt d'honneur création solidaire */
            name: string;
            needCategories: ("funding" | "business_model" | "legal_structure" | "governance" | "employment_hr" | "premises" | "market_sales" | "partnerships" | "impact" | "digital")[];
            /** @description Shown in the public directory (default true). */
            published?: boolean;
            /** @description Empty: every sector. */
            sectors?: ("food" | "agriculture" | "environment" | "circular_economy" | "energy" | "mobility" | "housing" | "social_care" | "health" | "education" | "culture" | "sport_leisure" | "tourism" | "crafts" | "digital" | "finance" | "employment_inclusion" | "other")[];
            /** @description Empty: every stage. */
            stages?: ("idea" | "feasibility" | "creation" | "development" | "consolidation" | "scale_up" | "takeover")[];
            summary?: string;
        };
        CreateOrganisationDto: {
            address?: string | null;
            /** @description INSEE codes of communes of the territory; communes and départements both empty: all of it. */
            communes?: string[];
            contactEmail?: string | null;
            /** @example 02 40 00 00 00 */
            contactPhone?: string | null;
            /** @description INSEE codes of départements of the territory. */
            departements?: string[];
            description?: string;
            /** @enum {string} */
            kind: "support" | "funder" | "both";
            /** @example Ruche Ligérienne */
            name: string;
            /** @description Shown in the public directory (default true). */
            published?: boolean;
            /** @example https://ruche-ligerienne.example */
            website?: string | null;
        };
        CreateProjectDto: {
            /**
             * @description INSEE code of a commune of the holder’s territory.
             * @example 44109
             */
            communeCode: string;
            /** @description Euro cents. */
            fundingNeedCents?: number;
            jobsNow?: number;
            jobsPlanned?: number;
            /** @enum {string} */
            legalForm: "unregistered" | "association" | "scop" | "scic" | "cae_member" | "esus_company" | "other";
            /** @example La Recyclerie du Val */
            name: string;
            /** @enum {string} */
            sector: "food" | "agriculture" | "environment" | "circular_economy" | "energy" | "mobility" | "housing" | "social_care" | "health" | "education" | "culture" | "sport_leisure" | "tourism" | "crafts" | "digital" | "finance" | "employment_inclusion" | "other";
            /**
             * @description 14 digits (spaces allowed) passing the Luhn check; null or empty when none.
             * @example 732 829 320 00074
             */
            siret?: string | null;
            /** @enum {string} */
            stage: "idea" | "feasibility" | "creation" | "development" | "consolidation" | "scale_up" | "takeover";
            summary?: string;
        };
        DemoAccountDto: {
            email: string;
            /** @enum {string} */
            role: "holder" | "advisor" | "funder" | "territory_admin" | "platform_admin";
        };
        DiagnosticCaseDto: {
            id: string;
            /** @example PDL-2026-00042 */
            reference: string;
            /** @enum {string} */
            stage: "submitted" | "orientation" | "accompaniment" | "funding" | "on_hold" | "closed";
            /** Format: date-time */
            submittedAt: string;
        };
        DiagnosticDto: {
            /** @description Answers by question key. */
            answers: {
                [key: string]: string | number | boolean | string[];
            };
            caseId: string | null;
            /** Format: date-time */
            createdAt: string;
            id: string;
            /** @description Keys of the required questions shown and not answered. */
            missingRequired: string[];
            progress: components["schemas"]["SectionProgressDto"][];
            projectId: string;
            questionnaire: components["schemas"]["QuestionnaireVersionDto"];
            /** @enum {string} */
            status: "draft" | "submitted";
            /** Format: date-time */
            submittedAt: string | null;
            /** Format: date-time */
            updatedAt: string;
        };
        DiagnosticResultsDto: {
            case: components["schemas"]["DiagnosticCaseDto"];
            /** @description Most relevant first; unpublished offers left out. */
            matches: components["schemas"]["MatchDto"][];
            needProfile: components["schemas"]["NeedProfileDto"];
        };
        DiagnosticSummaryDto: {
            /** Format: date-time */
            createdAt: string;
            id: string;
            needProfile: components["schemas"]["NeedProfileDto"] | null;
            questionnaireNumber: number;
            /** @enum {string} */
            status: "draft" | "submitted";
            /** Format: date-time */
            submittedAt: string | null;
        };
        ErrorDto: {
            details?: {
                field: string;
                message: string;
                reason: string;
            }[];
            /** @enum {string} */
            error: "validation_failed" | "malformed_json" | "bad_request" | "invalid_token" | "unauthorized" | "invalid_credentials" | "forbidden" | "csrf_failed" | "not_found" | "conflict" | "email_taken" | "payload_too_large" | "too_many_requests" | "internal_error" | "service_unavailable";
            message: string;
            requestId: string;
            statusCode: number;
        };
        HealthDto: {
            /** @enum {string} */
            database: "up" | "down";
            /** @enum {string} */
            status: "ok" | "error";
        };
        LocalisedTextDto: {
            en: string;
            fr: string;
        };
        LoginDto: {
            /** @example porteur@demo.essaim.test */
            email: string;
            password: string;
        };
        MatchDto: {
            /** @description The offer serves the project’s commune or département specifically. */
            local: boolean;
            /** @description Strongest first. */
            needs: ("funding" | "business_model" | "legal_structure" | "governance" | "employment_hr" | "premises" | "market_sales" | "partnerships" | "impact" | "digital")[];
            offer: components["schemas"]["OfferSummaryDto"];
            /** @description 0–100: how much of the offer’s needs the project has. */
            score: number;
        };
        MeDto: {
            email: string;
            firstName: string;
            id: string;
            lastName: string;
            /** @enum {string} */
            locale: "fr" | "en";
            organisation: components["schemas"]["MeOrganisationDto"] | null;
            /** @enum {string} */
            role: "holder" | "advisor" | "funder" | "territory_admin" | "platform_admin";
            territory: components["schemas"]["MeTerritoryDto"] | null;
        };
        MeOrganisationDto: {
            id: string;
            /** @enum {string} */
            kind: "support" | "funder" | "both";
            name: string;
        };
        MetaDto: {
            demoAccounts: components["schemas"]["DemoAccountDto"][];
            /** @description True when the installation runs with demo data. */
            demoMode: boolean;
            demoPassword?: string;
        };
        MeTerritoryDto: {
            code: string;
            name: string;
        };
        MoveCaseDto: {
            /**
             * @description Required to close.
             * @enum {string}
             */
            outcome?: "funded" | "oriented_elsewhere" | "completed" | "abandoned" | "not_eligible";
            /** @description Required to go back, hold, close or reopen. */
            reason?: string;
            /** @enum {string} */
            to: "submitted" | "orientation" | "accompaniment" | "funding" | "on_hold" | "closed";
            /** @description The version of the case the move was decided on. */
            version: number;
        };
        NeedProfileDto: {
            business_model: number;
            digital: number;
            employment_hr: number;
            funding: number;
            governance: number;
            impact: number;
            legal_structure: number;
            market_sales: number;
            partnerships: number;
            premises: number;
        };
        NeedWeightsDto: {
            business_model?: number;
            digital?: number;
            employment_hr?: number;
            funding?: number;
            governance?: number;
            impact?: number;
            legal_structure?: number;
            market_sales?: number;
            partnerships?: number;
            premises?: number;
        };
        OfferAdminDto: {
            amountMaxCents: number | null;
            amountMinCents: number | null;
            /** Format: uuid */
            id: string;
            /** @enum {string|null} */
            instrument: "grant" | "honour_loan" | "bank_loan" | "guarantee" | "equity" | "repayable_advance" | null;
            /** @enum {string} */
            kind: "accompaniment" | "funding";
            /** @description Empty: every legal form. */
            legalForms: ("unregistered" | "association" | "scop" | "scic" | "cae_member" | "esus_company" | "other")[];
            /** @example Prêt d'honneur création solidaire */
            name: string;
            needCategories: ("funding" | "business_model" | "legal_structure" | "governance" | "employment_hr" | "premises" | "market_sales" | "partnerships" | "impact" | "digital")[];
            organisation: components["schemas"]["OfferOrganisationDto"];
            published: boolean;
            /** @description Empty: every sector. */
            sectors: ("food" | "agriculture" | "environment" | "circular_economy" | "energy" | "mobility" | "housing" | "social_care" | "health" | "education" | "culture" | "sport_leisure" | "tourism" | "crafts" | "digital" | "finance" | "employment_inclusion" | "other")[];
            /** @description Empty: every stage. */
            stages: ("idea" | "feasibility" | "creation" | "development" | "consolidation" | "scale_up" | "takeover")[];
            summary: string;
            territory: components["schemas"]["TerritoryRefDto"];
            /** @description Send it back with an edit: a stale one is a 409. */
            version: number;
        };
        OfferOrganisationDto: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "support" | "funder" | "both";
            name: string;
        };
        OfferPageDto: {
            items: components["schemas"]["OfferSummaryDto"][];
            page: number;
            pageSize: number;
            total: number;
        };
        OfferSummaryDto: {
            amountMaxCents: number | null;
            amountMinCents: number | null;
            /** Format: uuid */
            id: string;
            /** @enum {string|null} */
            instrument: "grant" | "honour_loan" | "bank_loan" | "guarantee" | "equity" | "repayable_advance" | null;
            /** @enum {string} */
            kind: "accompaniment" | "funding";
            /** @description Empty: every legal form. */
            legalForms: ("unregistered" | "association" | "scop" | "scic" | "cae_member" | "esus_company" | "other")[];
            /** @example Prêt d'honneur création solidaire */
            name: string;
            needCategories: ("funding" | "business_model" | "legal_structure" | "governance" | "employment_hr" | "premises" | "market_sales" | "partnerships" | "impact" | "digital")[];
            organisation: components["schemas"]["OfferOrganisationDto"];
            /** @description Empty: every sector. */
            sectors: ("food" | "agriculture" | "environment" | "circular_economy" | "energy" | "mobility" | "housing" | "social_care" | "health" | "education" | "culture" | "sport_leisure" | "tourism" | "crafts" | "digital" | "finance" | "employment_inclusion" | "other")[];
            /** @description Empty: every stage. */
            stages: ("idea" | "feasibility" | "creation" | "development" | "consolidation" | "scale_up" | "takeover")[];
            summary: string;
            territory: components["schemas"]["TerritoryRefDto"];
        };
        OrganisationAdminDto: {
            address: string | null;
            /** @description INSEE codes of the communes served; communes and départements both empty: the whole territory. */
            communes: string[];
            contactEmail: string | null;
            contactPhone: string | null;
            /**
             * @example [
             *       "44"
             *     ]
             */
            departements: string[];
            description: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "support" | "funder" | "both";
            name: string;
            offerCount: number;
            /** @description Every offer, published or not. */
            offers: components["schemas"]["OfferAdminDto"][];
            published: boolean;
            territory: components["schemas"]["TerritoryRefDto"];
            /** @description Send it back with an edit: a stale one is a 409. */
            version: number;
            website: string | null;
        };
        OrganisationAdminPageDto: {
            items: components["schemas"]["OrganisationAdminDto"][];
            page: number;
            pageSize: number;
            total: number;
        };
        OrganisationDto: {
            address: string | null;
            /** @description INSEE codes of the communes served; communes and départements both empty: the whole territory. */
            communes: string[];
            contactEmail: string | null;
            contactPhone: string | null;
            /**
             * @example [
             *       "44"
             *     ]
             */
            departements: string[];
            description: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "support" | "funder" | "both";
            name: string;
            offerCount: number;
            /** @description Its published offers. */
            offers: components["schemas"]["OfferSummaryDto"][];
            territory: components["schemas"]["TerritoryRefDto"];
            website: string | null;
        };
        OrganisationPageDto: {
            items: components["schemas"]["OrganisationSummaryDto"][];
            page: number;
            pageSize: number;
            total: number;
        };
        OrganisationSummaryDto: {
            /** @description INSEE codes of the communes served; communes and départements both empty: the whole territory. */
            communes: string[];
            /**
             * @example [
             *       "44"
             *     ]
             */
            departements: string[];
            description: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "support" | "funder" | "both";
            name: string;
            offerCount: number;
            territory: components["schemas"]["TerritoryRefDto"];
        };
        PasswordResetConfirmDto: {
            password: string;
            token: string;
        };
        PasswordResetRequestDto: {
            email: string;
        };
        ProjectCaseRefDto: {
            id: string;
            /** @example PDL-2026-00042 */
            reference: string;
            /** @enum {string} */
            stage: "submitted" | "orientation" | "accompaniment" | "funding" | "on_hold" | "closed";
        };
        ProjectCommuneDto: {
            code: string;
            departementCode: string;
            name: string;
        };
        ProjectDiagnosticRefDto: {
            id: string;
            /** @enum {string} */
            status: "draft" | "submitted";
            /** Format: date-time */
            submittedAt: string | null;
        };
        ProjectDto: {
            case: components["schemas"]["ProjectCaseRefDto"] | null;
            commune: components["schemas"]["ProjectCommuneDto"];
            /** Format: date-time */
            createdAt: string;
            /** @description Euro cents. */
            fundingNeedCents: number;
            id: string;
            jobsNow: number;
            jobsPlanned: number;
            latestDiagnostic: components["schemas"]["ProjectDiagnosticRefDto"] | null;
            /** @enum {string} */
            legalForm: "unregistered" | "association" | "scop" | "scic" | "cae_member" | "esus_company" | "other";
            members: components["schemas"]["ProjectMemberDto"][];
            /** @enum {string} */
            myRole: "owner" | "co_holder" | "staff";
            name: string;
            pendingInvitations: components["schemas"]["ProjectInvitationDto"][];
            /** @enum {string} */
            sector: "food" | "agriculture" | "environment" | "circular_economy" | "energy" | "mobility" | "housing" | "social_care" | "health" | "education" | "culture" | "sport_leisure" | "tourism" | "crafts" | "digital" | "finance" | "employment_inclusion" | "other";
            siret: string | null;
            /** @enum {string} */
            stage: "idea" | "feasibility" | "creation" | "development" | "consolidation" | "scale_up" | "takeover";
            summary: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        ProjectInvitationDto: {
            /** Format: date-time */
            createdAt: string;
            email: string;
            /** Format: date-time */
            expiresAt: string;
            id: string;
        };
        ProjectMemberDto: {
            firstName: string;
            lastName: string;
            /** @enum {string} */
            role: "owner" | "co_holder";
            userId: string;
        };
        PublishDto: {
            /** @description The draft revision the admin reviewed. */
            revision: number;
        };
        QuestionConditionDto: {
            equals: string[];
            question: string;
        };
        QuestionDto: {
            condition?: components["schemas"]["QuestionConditionDto"];
            help?: components["schemas"]["LocalisedTextDto"];
            /** @description Scale questions: full weights at 1 instead of 5. */
            invert?: boolean;
            key: string;
            label: components["schemas"]["LocalisedTextDto"];
            max?: number;
            min?: number;
            options?: components["schemas"]["AnswerOptionDto"][];
            required: boolean;
            /** @enum {string} */
            type: "single_choice" | "multiple_choice" | "scale" | "number" | "text" | "yes_no";
            /** @description Scale questions: the weights added in full at 5. */
            weights?: components["schemas"]["NeedWeightsDto"];
        };
        QuestionnaireAdminDto: {
            draft: components["schemas"]["QuestionnaireDraftDto"];
            /** @description Newest first. */
            versions: components["schemas"]["QuestionnaireVersionSummaryDto"][];
        };
        QuestionnaireDefinitionDto: {
            sections: components["schemas"]["QuestionnaireSectionDto"][];
        };
        QuestionnaireDraftDto: {
            definition: components["schemas"]["QuestionnaireDefinitionDto"];
            /** @description Send it back with the next save or publish: a stale one gets a 409. */
            revision: number;
            /** Format: date-time */
            updatedAt: string;
        };
        QuestionnaireSectionDto: {
            key: string;
            questions: components["schemas"]["QuestionDto"][];
            title: components["schemas"]["LocalisedTextDto"];
        };
        QuestionnaireVersionDto: {
            definition: components["schemas"]["QuestionnaireDefinitionDto"];
            id: string;
            number: number;
            /** Format: date-time */
            publishedAt: string;
        };
        QuestionnaireVersionSummaryDto: {
            id: string;
            number: number;
            /** Format: date-time */
            publishedAt: string;
            questionCount: number;
        };
        SaveAnswerDto: {
            /** @description An option key (single choice), option keys (multiple choice), 1–5 (scale), a number, a text, or true/false (yes/no). */
            value: string | number | boolean | string[];
        };
        SaveDraftDto: {
            definition: components["schemas"]["QuestionnaireDefinitionDto"];
            revision: number;
        };
        SectionProgressDto: {
            answered: number;
            key: string;
            total: number;
        };
        SignupDto: {
            /** @description Must be true: the terms of use and the privacy notice are accepted. */
            acceptTerms: boolean;
            /** @example camille@example.org */
            email: string;
            /** @example Camille */
            firstName: string;
            /** @example Durand */
            lastName: string;
            /** @description At least 12 characters, any Unicode; common passwords are refused. */
            password: string;
            /** @example pdl */
            territoryCode: string;
        };
        StageEnteredAtDto: {
            /** Format: date-time */
            accompaniment?: string;
            /** Format: date-time */
            closed?: string;
            /** Format: date-time */
            funding?: string;
            /** Format: date-time */
            on_hold?: string;
            /** Format: date-time */
            orientation?: string;
            /** Format: date-time */
            submitted?: string;
        };
        SubmitResultDto: {
            case: components["schemas"]["DiagnosticCaseDto"];
            diagnostic: components["schemas"]["DiagnosticDto"];
            /** @description Most relevant first; unpublished offers left out. */
            matches: components["schemas"]["MatchDto"][];
            needProfile: components["schemas"]["NeedProfileDto"];
        };
        TerritoryDto: {
            /** @example pdl */
            code: string;
            /**
             * @description INSEE codes of its départements.
             * @example [
             *       "44",
             *       "49",
             *       "53",
             *       "72",
             *       "85"
             *     ]
             */
            departements: string[];
            /** @example Pays de la Loire */
            name: string;
        };
        TerritoryRefDto: {
            /** @example pdl */
            code: string;
            /** @example Pays de la Loire */
            name: string;
        };
        UpdateMeDto: {
            /** @enum {string} */
            locale: "fr" | "en";
        };
        UpdateOfferDto: {
            /** @description At least the minimum. */
            amountMaxCents?: number | null;
            amountMinCents?: number | null;
            /**
             * @description Required for a funding offer, none for an accompaniment.
             * @enum {string|null}
             */
            instrument?: "grant" | "honour_loan" | "bank_loan" | "guarantee" | "equity" | "repayable_advance" | null;
            /** @enum {string} */
            kind?: "accompaniment" | "funding";
            /** @description Empty: every legal form. */
            legalForms?: ("unregistered" | "association" | "scop" | "scic" | "cae_member" | "esus_company" | "other")[];
            /** @example Prêt d'honneur création solidaire */
            name?: string;
            needCategories?: ("funding" | "business_model" | "legal_structure" | "governance" | "employment_hr" | "premises" | "market_sales" | "partnerships" | "impact" | "digital")[];
            /** @description Shown in the public directory (default true). */
            published?: boolean;
            /** @description Empty: every sector. */
            sectors?: ("food" | "agriculture" | "environment" | "circular_economy" | "energy" | "mobility" | "housing" | "social_care" | "health" | "education" | "culture" | "sport_leisure" | "tourism" | "crafts" | "digital" | "finance" | "employment_inclusion" | "other")[];
            /** @description Empty: every stage. */
            stages?: ("idea" | "feasibility" | "creation" | "development" | "consolidation" | "scale_up" | "takeover")[];
            summary?: string;
            /** @description The version this edit starts from: a stale one is a 409. */
            version: number;
        };
        UpdateOrganisationDto: {
            address?: string | null;
            /** @description INSEE codes of communes of the territory; communes and départements both empty: all of it. */
            communes?: string[];
            contactEmail?: string | null;
            /** @example 02 40 00 00 00 */
            contactPhone?: string | null;
            /** @description INSEE codes of départements of the territory. */
            departements?: string[];
            description?: string;
            /** @enum {string} */
            kind?: "support" | "funder" | "both";
            /** @example Ruche Ligérienne */
            name?: string;
            /** @description Shown in the public directory (default true). */
            published?: boolean;
            /** @description The version this edit starts from: a stale one is a 409. */
            version: number;
            /** @example https://ruche-ligerienne.example */
            website?: string | null;
        };
        UpdateProjectDto: {
            communeCode?: string;
            fundingNeedCents?: number;
            jobsNow?: number;
            jobsPlanned?: number;
            /** @enum {string} */
            legalForm?: "unregistered" | "association" | "scop" | "scic" | "cae_member" | "esus_company" | "other";
            name?: string;
            /** @enum {string} */
            sector?: "food" | "agriculture" | "environment" | "circular_economy" | "energy" | "mobility" | "housing" | "social_care" | "health" | "education" | "culture" | "sport_leisure" | "tourism" | "crafts" | "digital" | "finance" | "employment_inclusion" | "other";
            /** @description null or empty removes it. */
            siret?: string | null;
            /** @enum {string} */
            stage?: "idea" | "feasibility" | "creation" | "development" | "consolidation" | "scale_up" | "takeover";
            summary?: string;
            /** @description The version read: a stale one gets a 409. */
            version: number;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    DirectoryAdmin_updateOffer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateOfferDto"];
            };
        };
        responses: {
            /** @description `published: false` unpublishes; 409 on a stale version. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OfferAdminDto"];
                };
            };
            /** @description An error: 400 bad input (details name each field), 401, 403, 404, 409, 429 (Retry-After), 5xx. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    DirectoryAdmin_listOrganisations: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description Free text, French, accent-insensitive: `pret d’honneur`, `tiers lieu`. */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Published or not, by name. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationAdminPageDto"];
                };
            };
            /** @description An error: 400 bad input (details name each field), 401, 403, 404, 409, 429 (Retry-After), 5xx. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    DirectoryAdmin_createOrganisation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateOrganisationDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationAdminDto"];
                };
            };
            /** @description An error: 400 bad input (details name each field), 401, 403, 404, 409, 429 (Retry-After), 5xx. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    DirectoryAdmin_organisation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationAdminDto"];
                };
            };
            /** @description An error: 400 bad input (details name each field), 401, 403, 404, 409, 429 (Retry-After), 5xx. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    DirectoryAdmin_updateOrganisation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateOrganisationDto"];
            };
        };
        responses: {
            /** @description `published: false` unpublishes; 409 on a stale version. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationAdminDto"];
                };
            };
            /** @description An error: 400 bad input (details name each field), 401, 403, 404, 409, 429 (Retry-After), 5xx. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    DirectoryAdmin_createOffer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateOfferDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OfferAdminDto"];
                };
            };
            /** @description An error: 400 bad input (details name each field), 401, 403, 404, 409, 429 (Retry-After), 5xx. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    Questionnaires_overview: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuestionnaireAdminDto"];
                };
            };
            /** @description An error: 400 bad input (details name each field), 401, 403, 404, 409, 429 (Retry-After), 5xx. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    Questionnaires_saveDraft: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SaveDraftDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuestionnaireDraftDto"];
                };
            };
            /** @description An error: 400 bad input (details name each field), 401, 403, 404, 409, 429 (Retry-After), 5xx. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    Questionnaires_publish: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PublishDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuestionnaireVersionDto"];
                };
            };
            /** @description An error: 400 bad input (details name each field), 401, 403, 404, 409, 429 (Retry-After), 5xx. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    Questionnaires_version: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                number: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuestionnaireVersionDto"];
                };
            };
            /** @description An error: 400 bad input (details name each field), 401, 403, 404, 409, 429 (Retry-After), 5xx. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    Auth_login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeDto"];
                };
            };
            /** @description An error: 400 bad input (details name each field), 401, 403, 404, 409, 429 (Retry-After), 5xx. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    Auth_logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description An error: 400 bad input (details name each field), 401, 403, 404, 409, 429 (Retry-After), 5xx. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    Auth_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeDto"];
                };
            };
            /** @description An error: 400 bad input (details name each field), 401, 403, 404, 409, 429 (Retry-After), 5xx. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    Auth_updateMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateMeDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeDto"];
                };
            };
            /** @description An error: 400 bad input (details name each field), 401, 403, 404, 409, 429 (Retry-After), 5xx. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    Auth_confirmPasswordReset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordResetConfirmDto"];
            };
        };
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description An error: 400 bad input (details name each field), 401, 403, 404, 409, 429 (Retry-After), 5xx. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    Auth_requestPasswordReset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordResetRequestDto"];
            };
        };
        responses: {
            /** @description Always the same answer, whether or not the account exists. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description An error: 400 bad input (details name each field), 401, 403, 404, 409, 429 (Retry-After), 5xx. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    Auth_signup: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SignupDto"];
            };
        };
        responses: {
            /** @description The new holder, logged in. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeDto"];
                };
            };
            /** @description An error: 400 bad input (details name each field), 401, 403, 404, 409, 429 (Retry-After), 5xx. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    Cases_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseSummaryDto"][];
                };
            };
            /** @description An error: 400 bad input (details name each field), 401, 403, 404, 409, 429 (Retry-After), 5xx. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    Cases_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseDto"];
                };
            };
            /** @description An error: 400 bad input (details name each field), 401, 403, 404, 409, 429 (Retry-After), 5xx. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    Cases_assign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssignCaseDto"];
            };
        };
        responses: {
            /** @description The case after the assignment. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseDto"];
                };
            };
            /** @description An error: 400 bad input (details name each field), 401, 403, 404, 409, 429 (Retry-After), 5xx. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    Cases_move: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MoveCaseDto"];
            };
        };
        responses: {
            /** @description The case after the move. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseDto"];
                };
            };
            /** @description An error: 400 bad input (details name each field), 401, 403, 404, 409, 429 (Retry-After), 5xx. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    Diagnostics_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DiagnosticDto"];
                };
            };
            /** @description An error: 400 bad input (details name each field), 401, 403, 404, 409, 429 (Retry-After), 5xx. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    Diagnostics_saveAnswer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                questionKey: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SaveAnswerDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnswersStateDto"];
                };
            };
            /** @description An error: 400 bad input (details name each field), 401, 403, 404, 409, 429 (Retry-After), 5xx. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    Diagnostics_clearAnswer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                questionKey: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnswersStateDto"];
                };
            };
            /** @description An error: 400 bad input (details name each field), 401, 403, 404, 409, 429 (Retry-After), 5xx. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    Diagnostics_results: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DiagnosticResultsDto"];
                };
            };
            /** @description An error: 400 bad input (details name each field), 401, 403, 404, 409, 429 (Retry-After), 5xx. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    Diagnostics_submit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Already submitted: the same result. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubmitResultDto"];
                };
            };
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubmitResultDto"];
                };
            };
            /** @description An error: 400 bad input (details name each field), 401, 403, 404, 409, 429 (Retry-After), 5xx. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    Directory_searchOffers: {
        parameters: {
            query?: {
                /** @description INSEE code: offers serving this commune, its département, or its whole territory. */
                commune?: string;
                /** @description INSEE code of a département. */
                departement?: string;
                instrument?: "grant" | "honour_loan" | "bank_loan" | "guarantee" | "equity" | "repayable_advance";
                kind?: "accompaniment" | "funding";
                legalForm?: "unregistered" | "association" | "scop" | "scic" | "cae_member" | "esus_company" | "other";
                /** @description Repeatable: offers serving any of these needs. */
                need?: ("funding" | "business_model" | "legal_structure" | "governance" | "employment_hr" | "premises" | "market_sales" | "partnerships" | "impact" | "digital")[];
                page?: number;
                pageSize?: number;
                /** @description Free text, French, accent-insensitive: `pret d’honneur`, `tiers lieu`. */
                q?: string;
                stage?: "idea" | "feasibility" | "creation" | "development" | "consolidation" | "scale_up" | "takeover";
                /** @description Territory code; default: every territory. */
                territory?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description By relevance when `q` is given, else by organisation then name. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OfferPageDto"];
                };
            };
            /** @description An error: 400 bad input (details name each field), 401, 403, 404, 409, 429 (Retry-After), 5xx. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    Directory_searchOrganisations: {
        parameters: {
            query?: {
                /** @description INSEE code of a département. */
                departement?: string;
                /** @description `support` and `funder` include the organisations that are both. */
                kind?: "support" | "funder" | "both";
                page?: number;
                pageSize?: number;
                /** @description Free text, French, accent-insensitive: `pret d’honneur`, `tiers lieu`. */
                q?: string;
                /** @description Territory code; default: every territory. */
                territory?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationPageDto"];
                };
            };
            /** @description An error: 400 bad input (details name each field), 401, 403, 404, 409, 429 (Retry-After), 5xx. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    Directory_organisation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A published organisation with its published offers. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationDto"];
                };
            };
            /** @description An error: 400 bad input (details name each field), 401, 403, 404, 409, 429 (Retry-After), 5xx. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    Health_check: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthDto"];
                };
            };
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthDto"];
                };
            };
            /** @description An error: 400 bad input (details name each field), 401, 403, 404, 409, 429 (Retry-After), 5xx. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    Meta_meta: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MetaDto"];
                };
            };
            /** @description An error: 400 bad input (details name each field), 401, 403, 404, 409, 429 (Retry-After), 5xx. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    Projects_accept: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AcceptInvitationDto"];
            };
        };
        responses: {
            /** @description The project the caller now co-holds. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectDto"];
                };
            };
            /** @description An error: 400 bad input (details name each field), 401, 403, 404, 409, 429 (Retry-After), 5xx. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    Projects_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectDto"][];
                };
            };
            /** @description An error: 400 bad input (details name each field), 401, 403, 404, 409, 429 (Retry-After), 5xx. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    Projects_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateProjectDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectDto"];
                };
            };
            /** @description An error: 400 bad input (details name each field), 401, 403, 404, 409, 429 (Retry-After), 5xx. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    Projects_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectDto"];
                };
            };
            /** @description An error: 400 bad input (details name each field), 401, 403, 404, 409, 429 (Retry-After), 5xx. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    Projects_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateProjectDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectDto"];
                };
            };
            /** @description An error: 400 bad input (details name each field), 401, 403, 404, 409, 429 (Retry-After), 5xx. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    Diagnostics_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DiagnosticSummaryDto"][];
                };
            };
            /** @description An error: 400 bad input (details name each field), 401, 403, 404, 409, 429 (Retry-After), 5xx. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    Diagnostics_start: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The project already had a draft: here it is. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DiagnosticDto"];
                };
            };
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DiagnosticDto"];
                };
            };
            /** @description An error: 400 bad input (details name each field), 401, 403, 404, 409, 429 (Retry-After), 5xx. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    Projects_invite: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateInvitationDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectInvitationDto"];
                };
            };
            /** @description An error: 400 bad input (details name each field), 401, 403, 404, 409, 429 (Retry-After), 5xx. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    Questionnaires_latest: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuestionnaireVersionDto"];
                };
            };
            /** @description An error: 400 bad input (details name each field), 401, 403, 404, 409, 429 (Retry-After), 5xx. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    Territories_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TerritoryDto"][];
                };
            };
            /** @description An error: 400 bad input (details name each field), 401, 403, 404, 409, 429 (Retry-After), 5xx. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    Territories_searchCommunes: {
        parameters: {
            query?: {
                limit?: number;
                /** @description Part of the name (accent-insensitive), or the start of a postal code or INSEE code. */
                q?: string;
            };
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Names starting with `q` first, then by name. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommuneDto"][];
                };
            };
            /** @description An error: 400 bad input (details name each field), 401, 403, 404, 409, 429 (Retry-After), 5xx. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
}
