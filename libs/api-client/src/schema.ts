// Generated from the API by `npm run api-client:generate`: do not edit.

export interface paths {
    "/api/admin/mail-failures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MailFailures_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
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
    "/api/admin/offers/{id}/criteria": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["FundingCriteria_list"];
        put: operations["FundingCriteria_replace"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
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
    "/api/admin/territory": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["TerritorySettings_read"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["TerritorySettings_update"];
        trace?: never;
    };
    "/api/admin/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AdminUsers_list"];
        put?: never;
        post: operations["AdminUsers_invite"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/users/{id}": {
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
        patch: operations["AdminUsers_update"];
        trace?: never;
    };
    "/api/admin/users/{id}/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AdminUsers_disable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/users/{id}/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AdminUsers_enable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/users/{id}/invitation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AdminUsers_resendInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/confirm-email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Auth_confirmEmail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/confirm-email/resend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Auth_resendConfirmation"];
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
        patch: operations["Cases_update"];
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
    "/api/cases/{id}/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Documents_list"];
        put?: never;
        post: operations["Documents_upload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Messages_thread"];
        put?: never;
        post: operations["Messages_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/messages/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Messages_markRead"];
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
    "/api/cases/{id}/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Notes_list"];
        put?: never;
        post: operations["Notes_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/orientations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Orientations_listForCase"];
        put?: never;
        post: operations["Orientations_propose"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/referral-options": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Referrals_options"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/referrals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Referrals_funding"];
        put?: never;
        post: operations["Referrals_send"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Tasks_list"];
        put?: never;
        post: operations["Tasks_create"];
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
    "/api/documents/{id}/download": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Documents_download"];
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
    "/api/me/notification-settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["NotificationSettings_settings"];
        put: operations["NotificationSettings_update"];
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
    "/api/notes/{id}": {
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
        patch: operations["Notes_update"];
        trace?: never;
    };
    "/api/notes/{id}/revisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Notes_revisions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Notifications_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Notifications_read"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/read-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Notifications_readAll"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/unread-count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Notifications_unreadCount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orientations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Orientations_inbox"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orientations/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Orientations_accept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orientations/{id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Orientations_complete"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orientations/{id}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Orientations_decline"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/platform/mails": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["PlatformMails_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/platform/mails/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["PlatformMails_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/platform/territories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["PlatformTerritories_list"];
        put?: never;
        post: operations["PlatformTerritories_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/platform/territories/{id}": {
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
        patch: operations["PlatformTerritories_update"];
        trace?: never;
    };
    "/api/platform/territories/{id}/admins": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["PlatformTerritories_inviteAdmin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/platform/territories/{id}/admins/{userId}/invitation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["PlatformTerritories_resendAdminInvitation"];
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
    "/api/referrals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Referrals_inbox"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/referrals/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Referrals_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/referrals/{id}/answers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Referrals_answer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/referrals/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Referrals_decide"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/referrals/{id}/disbursements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Referrals_disburse"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/referrals/{id}/documents/{versionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Referrals_download"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/referrals/{id}/open": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Referrals_open"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/referrals/{id}/questions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Referrals_ask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/referrals/{id}/reviews/mine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["Referrals_review"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/referrals/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Referrals_withdraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/referrals/counts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Referrals_counts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/staff-invitations/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["StaffInvitations_accept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/staff-invitations/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["StaffInvitations_preview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/staff/advisors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["StaffCases_advisors"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/staff/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["StaffCases_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/staff/cases/assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["StaffCases_assign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/staff/queue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["StaffCases_queue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/staff/saved-filters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["SavedFilters_list"];
        put?: never;
        post: operations["SavedFilters_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/staff/saved-filters/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["SavedFilters_remove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/{id}": {
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
        patch: operations["Tasks_update"];
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
        AcceptStaffInvitationDto: {
            /** @description At least 12 characters, any Unicode; common passwords are refused. */
            password: string;
            /** @description The token of the link mailed to the invitee. */
            token: string;
        };
        AnswerOptionDto: {
            key: string;
            label: components["schemas"]["LocalisedTextDto"];
            weights?: components["schemas"]["NeedWeightsDto"];
        };
        AnswerOrientationDto: {
            /** @description The version of the orientation the answer was decided on. */
            version: number;
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
        AskQuestionDto: {
            question: string;
            /** @description The version of the referral the step was decided on. */
            version: number;
        };
        AssignCaseDto: {
            /** @description Advisors following the case; replaces the current list. */
            followerIds?: string[];
            /** @description An active advisor of the territory: yourself or a colleague. */
            leadAdvisorId: string;
            /** @description The version of the case the assignment was decided on. */
            version: number;
        };
        AttachmentDto: {
            contentType: string;
            documentId: string;
            fileName: string;
            sizeBytes: number;
        };
        BulkAssignDto: {
            cases: components["schemas"]["CaseVersionDto"][];
            /** @description An active advisor of the territory: yourself or a colleague. */
            leadAdvisorId: string;
        };
        BulkAssignResultDto: {
            assigned: number;
        };
        CaseCommuneDto: {
            /** @example 44109 */
            code: string;
            /** @example Nantes */
            name: string;
        };
        CaseDto: {
            /** @description Whether the caller is one of the case’s advisors (lead, follower, accepted partner, territory admin): they write notes, tasks, orientations and make moves. */
            caseAdvisor: boolean;
            /** @enum {string|null} */
            closureOutcome: "funded" | "oriented_elsewhere" | "completed" | "abandoned" | "not_eligible" | null;
            diagnosticId: string;
            /** @description Oldest first. */
            events: components["schemas"]["CaseEventDto"][];
            /** @description The advisors following the case; staff only. */
            followerIds: string[];
            /** @description The advisors following the case; staff only. */
            followers: components["schemas"]["PersonDto"][];
            /** @description The project’s holders, owner first. */
            holders: components["schemas"]["PersonDto"][];
            id: string;
            /**
             * Format: date-time
             * @description When the latest event was written.
             */
            lastEventAt: string;
            leadAdvisor: components["schemas"]["PersonDto"] | null;
            leadAdvisorId: string | null;
            /** @description The moves the caller can make now; none for holders. */
            moves: components["schemas"]["CaseMoveDto"][];
            /** @enum {string} */
            priority: "normal" | "high";
            project: components["schemas"]["CaseProjectDetailsDto"];
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
            /** @description Who did it; null for the system. */
            actor: components["schemas"]["PersonDto"] | null;
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
        CaseFundingDto: {
            /** @description Newest first. */
            referrals: components["schemas"]["ReferralSummaryDto"][];
            totals: components["schemas"]["FundingTotalsDto"];
        };
        CaseListItemDto: {
            /** @description The project’s owner. */
            holder: components["schemas"]["PersonDto"] | null;
            id: string;
            /**
             * Format: date-time
             * @description When its latest event was written.
             */
            lastEventAt: string;
            leadAdvisor: components["schemas"]["PersonDto"] | null;
            /** @description Open tasks due before today (Europe/Paris). */
            overdueTasks: number;
            /** @enum {string} */
            priority: "normal" | "high";
            project: components["schemas"]["CaseListProjectDto"];
            /** @example PDL-2026-00042 */
            reference: string;
            /** @enum {string} */
            stage: "submitted" | "orientation" | "accompaniment" | "funding" | "on_hold" | "closed";
            /**
             * Format: date-time
             * @description When the case entered its current stage.
             */
            stageEnteredAt: string;
            /** Format: date-time */
            submittedAt: string;
            /** @description Send it back to assign the case: a stale one is a 409. */
            version: number;
        };
        CaseListPageDto: {
            items: components["schemas"]["CaseListItemDto"][];
            page: number;
            pageSize: number;
            /** @description How many cases match: exactly up to 1000 (or up to the end of the page asked for, when further), then that limit with `totalCapped`. */
            total: number;
            /** @description More cases match than `total` says ("1000 or more"). */
            totalCapped: boolean;
        };
        CaseListProjectDto: {
            commune: components["schemas"]["CaseCommuneDto"] | null;
            id: string;
            /** @enum {string} */
            legalForm: "unregistered" | "association" | "scop" | "scic" | "cae_member" | "esus_company" | "other";
            name: string;
            /** @enum {string} */
            sector: "food" | "agriculture" | "environment" | "circular_economy" | "energy" | "mobility" | "housing" | "social_care" | "health" | "education" | "culture" | "sport_leisure" | "tourism" | "crafts" | "digital" | "finance" | "employment_inclusion" | "other";
        };
        CaseMoveDto: {
            /** @enum {string} */
            kind: "take" | "advance" | "back" | "hold" | "resume" | "close" | "reopen";
            needsOutcome: boolean;
            needsReason: boolean;
            /** @enum {string} */
            to: "submitted" | "orientation" | "accompaniment" | "funding" | "on_hold" | "closed";
        };
        CaseProjectDetailsDto: {
            commune: components["schemas"]["CaseCommuneDto"] | null;
            id: string;
            /** @enum {string} */
            legalForm: "unregistered" | "association" | "scop" | "scic" | "cae_member" | "esus_company" | "other";
            name: string;
            /** @enum {string} */
            sector: "food" | "agriculture" | "environment" | "circular_economy" | "energy" | "mobility" | "housing" | "social_care" | "health" | "education" | "culture" | "sport_leisure" | "tourism" | "crafts" | "digital" | "finance" | "employment_inclusion" | "other";
            /** @enum {string} */
            stage: "idea" | "feasibility" | "creation" | "development" | "consolidation" | "scale_up" | "takeover";
            summary: string;
        };
        CaseProjectDto: {
            id: string;
            name: string;
        };
        CaseSectionDto: {
            items: components["schemas"]["CaseListItemDto"][];
            /** @description How many cases match: exactly up to 1000 (or up to the end of the page asked for, when further), then that limit with `totalCapped`. */
            total: number;
            /** @description More cases match than `total` says ("1000 or more"). */
            totalCapped: boolean;
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
        CaseVersionDto: {
            id: string;
            /** @description The version of the case the list showed: a stale one is a 409. */
            version: number;
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
        ConfirmEmailDto: {
            token: string;
        };
        CreateInvitationDto: {
            /** @example associee@example.org */
            email: string;
        };
        CreateMessageDto: {
            /** @description Documents of this case you uploaded and have not sent with another message. */
            attachmentIds?: string[];
            body: string;
        };
        CreateNoteDto: {
            /** @description Markdown. */
            body: string;
            /**
             * @description `internal`: the staff only; `shared`: the holders see it too. Fixed once written.
             * @enum {string}
             */
            visibility: "internal" | "shared";
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
        CreateSavedFilterDto: {
            /** @description Unique among my filters. */
            name: string;
            /**
             * @description Parameters of GET /api/staff/cases (stage, advisor, q, sort…); unknown keys are refused.
             * @example {
             *       "stage": [
             *         "submitted"
             *       ],
             *       "advisor": "none",
             *       "sort": "submittedAt",
             *       "order": "asc"
             *     }
             */
            query: {
                [key: string]: unknown;
            };
        };
        CreateTaskDto: {
            /** @description An active advisor or territory admin of the territory who sees the case; yourself when left out. */
            assigneeId?: string;
            /**
             * Format: date
             * @example 2026-06-30
             */
            dueDate: string;
            title: string;
        };
        CreateTerritoryDto: {
            /**
             * @description Letters only, 2 to 16; case references start with it. Kept in lower case.
             * @example IDF
             */
            code: string;
            /**
             * @description INSEE codes of its départements.
             * @example [
             *       "75",
             *       "77",
             *       "78"
             *     ]
             */
            departements: string[];
            /** @example Pays de la Loire */
            name: string;
            /**
             * @description Its operator organisation.
             * @example CRESS Île-de-France
             */
            operatorName: string;
        };
        DecideReferralDto: {
            conditions?: string;
            /** @description Granting more than was asked must be confirmed. */
            confirmAboveAsked?: boolean;
            /** @enum {string} */
            decision: "approved" | "declined";
            /** @description Integer cents; required to approve. */
            grantedCents?: number;
            /**
             * @description Default: the instrument asked.
             * @enum {string}
             */
            grantedInstrument?: "grant" | "honour_loan" | "bank_loan" | "guarantee" | "equity" | "repayable_advance";
            /** @description Why; required to decline (the holder sees it). */
            reason?: string;
            /** @description The version of the referral the step was decided on. */
            version: number;
        };
        DeclineOrientationDto: {
            /** @description Why the partner declines; the holder does not see it. */
            reason: string;
            /** @description The version of the orientation the answer was decided on. */
            version: number;
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
        DisbursementDto: {
            amountCents: number;
            /** Format: date-time */
            createdAt: string;
            id: string;
            /** Format: date */
            paidOn: string;
            recordedBy: components["schemas"]["PersonDto"];
        };
        DocumentDto: {
            /** @enum {string} */
            category: "statutes" | "business_plan" | "budget" | "accounts" | "bank_details" | "other";
            /** Format: date-time */
            createdAt: string;
            currentVersion: number;
            id: string;
            /** @description Set when it came attached to a message. */
            messageId: string | null;
            /** @description Newest first. */
            versions: components["schemas"]["DocumentVersionDto"][];
        };
        DocumentVersionDto: {
            /**
             * @description The type read from the bytes.
             * @example application/pdf
             */
            contentType: string;
            /** Format: date-time */
            createdAt: string;
            /** @description The name the uploader gave. */
            fileName: string;
            /** @description SHA-256 of the bytes, hex. */
            sha256: string;
            sizeBytes: number;
            uploadedBy: components["schemas"]["PersonDto"];
            version: number;
        };
        ErrorDto: {
            details?: {
                field: string;
                message: string;
                reason: string;
            }[];
            /** @enum {string} */
            error: "validation_failed" | "malformed_json" | "bad_request" | "invalid_token" | "unauthorized" | "invalid_credentials" | "forbidden" | "csrf_failed" | "email_unconfirmed" | "not_found" | "conflict" | "email_taken" | "payload_too_large" | "unsupported_media_type" | "too_many_requests" | "internal_error" | "service_unavailable";
            message: string;
            requestId: string;
            statusCode: number;
        };
        ExchangeDocumentDto: {
            /** @enum {string} */
            category: "statutes" | "business_plan" | "budget" | "accounts" | "bank_details" | "other";
            fileName: string;
            versionId: string;
        };
        ExchangeDto: {
            author: components["schemas"]["PersonDto"];
            body: string;
            /** Format: date-time */
            createdAt: string;
            /** @description Files sent with an answer. */
            documents: components["schemas"]["ExchangeDocumentDto"][];
            id: string;
            /** @enum {string} */
            kind: "question" | "answer";
        };
        FundingCriterionDto: {
            id: string;
            label: string;
            position: number;
            scale: number;
            weight: number;
        };
        FundingCriterionInputDto: {
            label: string;
            scale: number;
            weight: number;
        };
        FundingTotalsDto: {
            /** @description Asked over referrals neither withdrawn nor declined. */
            askedCents: number;
            /** @description Granted over approved referrals. */
            grantedCents: number;
            /** @description Paid over approved referrals. */
            paidCents: number;
            /** @description Asked over referrals still undecided. */
            pendingAskedCents: number;
        };
        HealthDto: {
            /** @enum {string} */
            database: "up" | "down";
            /** @enum {string} */
            status: "ok" | "error";
        };
        InboxItemDto: {
            /** @description Whole days since it was sent. */
            ageDays: number;
            askedCents: number;
            /** @enum {string} */
            askedInstrument: "grant" | "honour_loan" | "bank_loan" | "guarantee" | "equity" | "repayable_advance";
            /** Format: date-time */
            createdAt: string;
            id: string;
            offer: components["schemas"]["ReferralRefDto"];
            projectName: string;
            /** @example PDL-2026-00042 */
            reference: string;
            /** @enum {string} */
            status: "sent" | "in_review" | "info_requested" | "approved" | "declined" | "withdrawn";
        };
        InvitationOrganisationDto: {
            name: string;
        };
        InviteeDto: {
            /** @example karim.benali@cress.example */
            email: string;
            /** @example Karim */
            firstName: string;
            /** @example Benali */
            lastName: string;
            /**
             * @description Language of the invitation mail.
             * @default fr
             * @enum {string}
             */
            locale: "fr" | "en";
        };
        InviteUserDto: {
            /** @example karim.benali@cress.example */
            email: string;
            /** @example Karim */
            firstName: string;
            /** @example Benali */
            lastName: string;
            /**
             * @description Language of the invitation mail.
             * @default fr
             * @enum {string}
             */
            locale: "fr" | "en";
            /**
             * Format: uuid
             * @description Advisors: a support (or both) organisation of the territory; funders: a funder (or both) one; territory admins belong to the operator.
             */
            organisationId?: string;
            /** @enum {string} */
            role: "advisor" | "funder" | "territory_admin";
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
        MailFailureDto: {
            attempts: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            kind: string;
            /** @description The mail server’s last answer. */
            lastError: string | null;
            subject: string;
            to: string;
        };
        MailFailurePageDto: {
            items: components["schemas"]["MailFailureDto"][];
            page: number;
            pageSize: number;
            total: number;
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
            /** @description Whether they confirmed their email (the signup link); a holder must before submitting a diagnostic. */
            emailConfirmed: boolean;
            firstName: string;
            id: string;
            lastName: string;
            /** @enum {string} */
            locale: "fr" | "en";
            /** @description A territory admin or an advisor of the territory’s operator: sees every case of the territory, assigns them. */
            operatorStaff: boolean;
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
        MessageAuthorDto: {
            firstName: string;
            id: string;
            lastName: string;
            /**
             * @description A holder of the project, or the staff.
             * @enum {string}
             */
            side: "holder" | "staff";
        };
        MessageDto: {
            attachments: components["schemas"]["AttachmentDto"][];
            author: components["schemas"]["MessageAuthorDto"];
            body: string;
            /** Format: date-time */
            createdAt: string;
            id: string;
            /** @description Whether the caller wrote it. */
            mine: boolean;
            /** @description Whether someone of the other side (holders, or staff) has read the thread since. */
            readByOtherSide: boolean;
        };
        MessageThreadDto: {
            /** @description Oldest first. */
            items: components["schemas"]["MessageDto"][];
            /** @description Messages by others since the caller last read the thread. */
            unreadCount: number;
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
        NoteDto: {
            author: components["schemas"]["PersonDto"];
            /** @description Markdown, as its author typed it: render it safely. */
            body: string;
            /** Format: date-time */
            createdAt: string;
            /** @description Whether its text was changed after it was written. */
            edited: boolean;
            id: string;
            /** @description Whether the caller wrote it (only its author edits it). */
            mine: boolean;
            /** Format: date-time */
            updatedAt: string;
            /** @description Send it back with an edit: a stale one is a 409. */
            version: number;
            /**
             * @description Holders only ever get shared notes.
             * @enum {string}
             */
            visibility: "internal" | "shared";
        };
        NoteRevisionDto: {
            body: string;
            /**
             * Format: date-time
             * @description When this text was replaced.
             */
            createdAt: string;
            /** @description The version of the note that had this text. */
            version: number;
        };
        NotificationCountDto: {
            count: number;
        };
        NotificationDto: {
            /** Format: date-time */
            createdAt: string;
            id: string;
            /** @enum {string} */
            kind: "new_cases_digest" | "case_assigned" | "message_received" | "task_due_tomorrow" | "task_overdue" | "orientation_received" | "orientation_answered" | "referral_received" | "referral_info_requested" | "referral_answered" | "referral_decided" | "referral_payment" | "sla_unassigned" | "sla_inactive";
            /** @description A path of the web app: the page it is about. */
            link: string;
            /** @description What the title needs (see apps/api/src/notifications/notification-mails.ts). */
            params: {
                [key: string]: string | number;
            };
            read: boolean;
        };
        NotificationPageDto: {
            items: components["schemas"]["NotificationDto"][];
            page: number;
            pageSize: number;
            total: number;
            /** @description All the caller’s unread notifications, not only this page’s. */
            unreadCount: number;
        };
        NotificationSettingDto: {
            /** @description Mailed too (in the app, always). */
            email: boolean;
            /** @enum {string} */
            kind: "new_cases_digest" | "case_assigned" | "message_received" | "task_due_tomorrow" | "task_overdue" | "orientation_received" | "orientation_answered" | "referral_received" | "referral_info_requested" | "referral_answered" | "referral_decided" | "referral_payment" | "sla_unassigned" | "sla_inactive";
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
        OperatorDto: {
            /** Format: uuid */
            id: string;
            name: string;
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
        OrientationCaseDto: {
            id: string;
            project: components["schemas"]["OrientationProjectDto"];
            /** @example PDL-2026-00042 */
            reference: string;
            /** @enum {string} */
            stage: "submitted" | "orientation" | "accompaniment" | "funding" | "on_hold" | "closed";
        };
        OrientationDto: {
            /** Format: date-time */
            answeredAt: string | null;
            answeredBy: components["schemas"]["PersonDto"] | null;
            caseId: string;
            /** Format: date-time */
            completedAt: string | null;
            /** Format: date-time */
            createdAt: string;
            /** @description Why the partner declined; staff only. */
            declineReason: string | null;
            id: string;
            /** @description What the proposing advisor wrote to the partner. */
            message: string;
            offer: components["schemas"]["OrientationRefDto"];
            /** @description The partner organisation the case is oriented to. */
            organisation: components["schemas"]["OrientationRefDto"];
            proposedBy: components["schemas"]["PersonDto"];
            /** @enum {string} */
            status: "proposed" | "accepted" | "declined" | "completed";
            /** @description Send it back with an answer: a stale one is a 409. */
            version: number;
        };
        OrientationInboxItemDto: {
            /** Format: date-time */
            answeredAt: string | null;
            answeredBy: components["schemas"]["PersonDto"] | null;
            /** @description Enough to decide before accepting. */
            case: components["schemas"]["OrientationCaseDto"];
            caseId: string;
            /** Format: date-time */
            completedAt: string | null;
            /** Format: date-time */
            createdAt: string;
            /** @description Why the partner declined; staff only. */
            declineReason: string | null;
            id: string;
            /** @description What the proposing advisor wrote to the partner. */
            message: string;
            offer: components["schemas"]["OrientationRefDto"];
            /** @description The partner organisation the case is oriented to. */
            organisation: components["schemas"]["OrientationRefDto"];
            proposedBy: components["schemas"]["PersonDto"];
            /** @enum {string} */
            status: "proposed" | "accepted" | "declined" | "completed";
            /** @description Send it back with an answer: a stale one is a 409. */
            version: number;
        };
        OrientationProjectDto: {
            commune: components["schemas"]["CaseCommuneDto"] | null;
            /** @enum {string} */
            legalForm: "unregistered" | "association" | "scop" | "scic" | "cae_member" | "esus_company" | "other";
            name: string;
            /** @enum {string} */
            sector: "food" | "agriculture" | "environment" | "circular_economy" | "energy" | "mobility" | "housing" | "social_care" | "health" | "education" | "culture" | "sport_leisure" | "tourism" | "crafts" | "digital" | "finance" | "employment_inclusion" | "other";
            /** @enum {string} */
            stage: "idea" | "feasibility" | "creation" | "development" | "consolidation" | "scale_up" | "takeover";
            summary: string;
        };
        OrientationRefDto: {
            id: string;
            name: string;
        };
        OutboxMailDetailDto: {
            /** Format: date-time */
            createdAt: string;
            /** @description Escaped HTML of the mail, without remote content. */
            html: string | null;
            /** Format: uuid */
            id: string;
            /** @description A notification kind, `invitation`, `staff_invitation`, `password_reset`… */
            kind: string;
            /** Format: date-time */
            sentAt: string | null;
            /** @enum {string} */
            status: "pending" | "sent" | "failed" | "console";
            subject: string;
            text: string;
            to: string;
        };
        OutboxMailDto: {
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            /** @description A notification kind, `invitation`, `staff_invitation`, `password_reset`… */
            kind: string;
            /** Format: date-time */
            sentAt: string | null;
            /** @enum {string} */
            status: "pending" | "sent" | "failed" | "console";
            subject: string;
            to: string;
        };
        OutboxMailPageDto: {
            items: components["schemas"]["OutboxMailDto"][];
            page: number;
            pageSize: number;
            total: number;
        };
        PasswordResetConfirmDto: {
            password: string;
            token: string;
        };
        PasswordResetRequestDto: {
            email: string;
        };
        PersonDto: {
            firstName: string;
            id: string;
            lastName: string;
        };
        PlatformTerritoryDto: {
            /** @description Its territory admins, by name. */
            admins: components["schemas"]["UserAdminDto"][];
            caseCount: number;
            /** @example pdl */
            code: string;
            /** @description Communes of its départements. */
            communeCount: number;
            contactEmail: string | null;
            /** Format: date-time */
            createdAt: string;
            /**
             * @example [
             *       "44",
             *       "49"
             *     ]
             */
            departements: string[];
            /** Format: uuid */
            id: string;
            inactivityDays: number;
            /** @example Pays de la Loire */
            name: string;
            operator: components["schemas"]["OperatorDto"] | null;
            slaDays: number;
            userCount: number;
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
        ProposeOrientationDto: {
            /** @description Why this partner, for them to decide. */
            message: string;
            /** @description A published accompaniment offer of a partner support organisation of the case’s territory (not the operator’s). */
            offerId: string;
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
        QueueAlertsDto: {
            /** @description Cases under way (neither closed nor on hold) with no event for `inactivityDays` days. */
            inactive: components["schemas"]["CaseSectionDto"];
            inactivityDays: number;
            slaDays: number;
            /** @description Submitted cases still without a lead advisor after `slaDays` days, oldest first. */
            unassignedPastSla: components["schemas"]["CaseSectionDto"];
        };
        QueueDto: {
            alerts: components["schemas"]["QueueAlertsDto"];
            /** @description Open cases I lead or follow, the 20 with the most recent activity. */
            myCases: components["schemas"]["CaseListItemDto"][];
            /** @description My open tasks, overdue first then by due date (the first 50). */
            myTasks: components["schemas"]["QueueTaskDto"][];
            /** @description Orientations proposed to my organisation, waiting for its answer. */
            orientationsToAnswer: number;
            /** @description Submitted cases without a lead advisor, oldest first (the first 20). */
            unassigned: components["schemas"]["CaseSectionDto"];
        };
        QueueTaskCaseDto: {
            id: string;
            projectName: string;
            reference: string;
        };
        QueueTaskDto: {
            assignee: components["schemas"]["PersonDto"];
            case: components["schemas"]["QueueTaskCaseDto"];
            caseId: string;
            createdBy: components["schemas"]["PersonDto"];
            done: boolean;
            /** Format: date-time */
            doneAt: string | null;
            /**
             * Format: date
             * @example 2026-06-30
             */
            dueDate: string;
            id: string;
            /** @description Open and due before today (Europe/Paris). */
            overdue: boolean;
            title: string;
            /** @description Send it back with an edit: a stale one is a 409. */
            version: number;
        };
        RecordDisbursementDto: {
            /** @description Integer cents. */
            amountCents: number;
            /**
             * Format: date
             * @description Not in the future.
             * @example 2026-06-30
             */
            paidOn: string;
            /** @description The version of the referral the step was decided on. */
            version: number;
        };
        ReferralCountsDto: {
            approved: number;
            declined: number;
            in_review: number;
            info_requested: number;
            sent: number;
            withdrawn: number;
        };
        ReferralCriterionDto: {
            id: string;
            label: string;
            /** @description Scores go from 0 to it. */
            scale: number;
            weight: number;
        };
        ReferralDocumentDto: {
            /**
             * Format: date-time
             * @description When it was linked to the referral.
             */
            addedAt: string;
            /** @enum {string} */
            category: "statutes" | "business_plan" | "budget" | "accounts" | "bank_details" | "other";
            contentType: string;
            documentId: string;
            /** @description The answer it came with; null: sent with the referral. */
            exchangeId: string | null;
            fileName: string;
            sizeBytes: number;
            version: number;
            versionId: string;
        };
        ReferralDocumentOptionDto: {
            /** @enum {string} */
            category: "statutes" | "business_plan" | "budget" | "accounts" | "bank_details" | "other";
            /** Format: date-time */
            createdAt: string;
            fileName: string;
            /** @description The document id (send it in `documentIds`). */
            id: string;
            version: number;
            /** @description Its current version. */
            versionId: string;
        };
        ReferralDto: {
            /** @description The steps the caller may take (withdraw, answer for the case’s people). */
            actions: ("open" | "request_info" | "answer" | "approve" | "decline" | "withdraw")[];
            /** @description Integer cents. */
            askedCents: number;
            /** @enum {string} */
            askedInstrument: "grant" | "honour_loan" | "bank_loan" | "guarantee" | "equity" | "repayable_advance";
            /** @description For the case’s staff; null for funders. */
            caseId: string | null;
            conditions: string | null;
            /** Format: date-time */
            createdAt: string;
            /** @description The offer’s grid. */
            criteria: components["schemas"]["ReferralCriterionDto"][];
            /** Format: date-time */
            decidedAt: string | null;
            declineReason: string | null;
            /** @description Oldest first. */
            disbursements: components["schemas"]["DisbursementDto"][];
            documents: components["schemas"]["ReferralDocumentDto"][];
            /** @description Oldest first. */
            exchanges: components["schemas"]["ExchangeDto"][];
            /** @description Integer cents. */
            grantedCents: number | null;
            /** @enum {string|null} */
            grantedInstrument: "grant" | "honour_loan" | "bank_loan" | "guarantee" | "equity" | "repayable_advance" | null;
            id: string;
            /** @description The advisor’s cover message. */
            message: string;
            offer: components["schemas"]["ReferralRefDto"];
            /** @description The question waiting for an answer. */
            openQuestion: components["schemas"]["ExchangeDto"] | null;
            /** @description The funder. */
            organisation: components["schemas"]["ReferralRefDto"];
            /** @description Integer cents paid so far. */
            paidCents: number;
            /** @example PDL-2026-00042 */
            reference: string;
            /** @description Granted minus paid; null until approved. */
            remainingCents: number | null;
            reviews: components["schemas"]["ReferralReviewDto"][];
            /** Format: date-time */
            sentAt: string;
            sentBy: components["schemas"]["PersonDto"];
            snapshot: components["schemas"]["ReferralSnapshotDto"];
            /** @enum {string} */
            status: "sent" | "in_review" | "info_requested" | "approved" | "declined" | "withdrawn";
            /** @description Send it back with a step: a stale one is a 409. */
            version: number;
            /** @description Mean of the reviews’ weightedScore. */
            weightedMean: number | null;
        };
        ReferralInboxDto: {
            items: components["schemas"]["InboxItemDto"][];
            page: number;
            pageSize: number;
            total: number;
        };
        ReferralOfferOptionDto: {
            amountMaxCents: number | null;
            amountMinCents: number | null;
            id: string;
            /** @enum {string|null} */
            instrument: "grant" | "honour_loan" | "bank_loan" | "guarantee" | "equity" | "repayable_advance" | null;
            name: string;
            /** @description The funder. */
            organisation: components["schemas"]["ReferralRefDto"];
        };
        ReferralOptionsDto: {
            /** @description Newest first. */
            documents: components["schemas"]["ReferralDocumentOptionDto"][];
            offers: components["schemas"]["ReferralOfferOptionDto"][];
        };
        ReferralRefDto: {
            id: string;
            name: string;
        };
        ReferralRequestItemDto: {
            /** @description Integer cents. */
            askedCents: number;
            /** @enum {string} */
            askedInstrument: "grant" | "honour_loan" | "bank_loan" | "guarantee" | "equity" | "repayable_advance";
            /**
             * Format: uuid
             * @description A published funding offer of the case’s territory.
             */
            offerId: string;
        };
        ReferralReviewDto: {
            comment: string;
            id: string;
            /** @description The caller’s own review. */
            mine: boolean;
            reviewer: components["schemas"]["PersonDto"];
            /** @description Score per criterion id. */
            scores: {
                [key: string]: number;
            };
            /** Format: date-time */
            updatedAt: string;
            version: number;
            /** @description 0–100, one decimal: Σ(score/scale × weight) / Σ weight × 100. */
            weightedScore: number;
        };
        ReferralSnapshotDto: {
            holders: components["schemas"]["SnapshotHolderDto"][];
            needProfile: components["schemas"]["NeedProfileDto"] | null;
            project: components["schemas"]["SnapshotProjectDto"];
            reference: string;
            /** @description The advisor’s summary for the funder; empty for holders. */
            summary: string;
        };
        ReferralSummaryDto: {
            /** @description The steps the caller may take (withdraw, answer for the case’s people). */
            actions: ("open" | "request_info" | "answer" | "approve" | "decline" | "withdraw")[];
            /** @description Integer cents. */
            askedCents: number;
            /** @enum {string} */
            askedInstrument: "grant" | "honour_loan" | "bank_loan" | "guarantee" | "equity" | "repayable_advance";
            conditions: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            decidedAt: string | null;
            declineReason: string | null;
            /** @description Integer cents. */
            grantedCents: number | null;
            /** @enum {string|null} */
            grantedInstrument: "grant" | "honour_loan" | "bank_loan" | "guarantee" | "equity" | "repayable_advance" | null;
            id: string;
            offer: components["schemas"]["ReferralRefDto"];
            /** @description The question waiting for an answer. */
            openQuestion: components["schemas"]["ExchangeDto"] | null;
            /** @description The funder. */
            organisation: components["schemas"]["ReferralRefDto"];
            /** @description Integer cents paid so far. */
            paidCents: number;
            /** @enum {string} */
            status: "sent" | "in_review" | "info_requested" | "approved" | "declined" | "withdrawn";
            /** @description Send it back with a step: a stale one is a 409. */
            version: number;
        };
        ReferralVersionDto: {
            /** @description The version of the referral the step was decided on. */
            version: number;
        };
        SaveAnswerDto: {
            /** @description An option key (single choice), option keys (multiple choice), 1–5 (scale), a number, a text, or true/false (yes/no). */
            value: string | number | boolean | string[];
        };
        SavedFilterDto: {
            /** Format: date-time */
            createdAt: string;
            id: string;
            name: string;
            /** @description Parameters of GET /api/staff/cases, as they were saved. */
            query: {
                [key: string]: unknown;
            };
        };
        SaveDraftDto: {
            definition: components["schemas"]["QuestionnaireDefinitionDto"];
            revision: number;
        };
        SaveFundingCriteriaDto: {
            /** @description In their order. */
            criteria: components["schemas"]["FundingCriterionInputDto"][];
        };
        SaveReviewDto: {
            comment: string;
            /** @description A score from 0 to its scale for every criterion of the offer, by criterion id. */
            scores: {
                [key: string]: number;
            };
            /** @description Of my review, when it exists. */
            version?: number;
        };
        SectionProgressDto: {
            answered: number;
            key: string;
            total: number;
        };
        SendReferralsDto: {
            /** @description Documents of this case, sent at their current version. */
            documentIds?: string[];
            /** @description The cover message to the funders. */
            message: string;
            /** @description Move the case to funding in the same step when it is not there yet (the workflow must allow it); otherwise a case not at funding is a 409. */
            moveToFunding?: boolean;
            /** @description Distinct offers. */
            referrals: components["schemas"]["ReferralRequestItemDto"][];
            /** @description The advisor’s summary of the dossier. */
            summary?: string;
            /** @description The version of the case the referrals were decided on. */
            version: number;
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
        SnapshotHolderDto: {
            firstName: string;
            lastName: string;
        };
        SnapshotProjectDto: {
            commune: components["schemas"]["CaseCommuneDto"] | null;
            /** @enum {string|null} */
            legalForm: "unregistered" | "association" | "scop" | "scic" | "cae_member" | "esus_company" | "other" | null;
            name: string;
            /** @enum {string|null} */
            sector: "food" | "agriculture" | "environment" | "circular_economy" | "energy" | "mobility" | "housing" | "social_care" | "health" | "education" | "culture" | "sport_leisure" | "tourism" | "crafts" | "digital" | "finance" | "employment_inclusion" | "other" | null;
            /** @enum {string|null} */
            stage: "idea" | "feasibility" | "creation" | "development" | "consolidation" | "scale_up" | "takeover" | null;
            summary: string;
        };
        StaffAdvisorDto: {
            firstName: string;
            id: string;
            lastName: string;
            organisation: components["schemas"]["StaffOrganisationDto"] | null;
            /** @enum {string} */
            role: "holder" | "advisor" | "funder" | "territory_admin" | "platform_admin";
        };
        StaffInvitationPreviewDto: {
            email: string;
            /** Format: date-time */
            expiresAt: string;
            firstName: string;
            /** @description Who sent the invitation. */
            invitedBy: components["schemas"]["PersonDto"] | null;
            organisation: components["schemas"]["InvitationOrganisationDto"] | null;
            /** @enum {string} */
            role: "advisor" | "funder" | "territory_admin";
            territory: components["schemas"]["TerritoryRefDto"];
        };
        StaffInvitationTokenDto: {
            /** @description The token of the link mailed to the invitee. */
            token: string;
        };
        StaffOrganisationDto: {
            id: string;
            name: string;
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
        TaskDto: {
            assignee: components["schemas"]["PersonDto"];
            caseId: string;
            createdBy: components["schemas"]["PersonDto"];
            done: boolean;
            /** Format: date-time */
            doneAt: string | null;
            /**
             * Format: date
             * @example 2026-06-30
             */
            dueDate: string;
            id: string;
            /** @description Open and due before today (Europe/Paris). */
            overdue: boolean;
            title: string;
            /** @description Send it back with an edit: a stale one is a 409. */
            version: number;
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
        TerritorySettingsDto: {
            /** @example pdl */
            code: string;
            contactEmail: string | null;
            inactivityDays: number;
            /** @example Pays de la Loire */
            name: string;
            slaDays: number;
        };
        UpdateCaseDto: {
            /** @enum {string} */
            priority: "normal" | "high";
            /** @description The version of the case the change was decided on. */
            version: number;
        };
        UpdateMeDto: {
            /** @enum {string} */
            locale: "fr" | "en";
        };
        UpdateNoteDto: {
            /** @description Markdown. */
            body: string;
            /** @description The version this edit starts from: a stale one is a 409. */
            version: number;
        };
        UpdateNotificationSettingsDto: {
            settings: components["schemas"]["NotificationSettingDto"][];
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
        UpdateTaskDto: {
            /** @description An active advisor or territory admin of the territory who sees the case. */
            assigneeId?: string;
            /** @description `true` marks it done (by you, now); `false` opens it again. */
            done?: boolean;
            /**
             * Format: date
             * @example 2026-06-30
             */
            dueDate?: string;
            title?: string;
            /** @description The version this edit starts from: a stale one is a 409. */
            version: number;
        };
        UpdateTerritoryDto: {
            /** @description Blank or null: none. */
            contactEmail?: string | null;
            /** @description Days an open case may go without an event before an alert. */
            inactivityDays?: number;
            /** @example Pays de la Loire */
            name?: string;
            /** @description Days a submitted case may wait for an advisor before an alert. */
            slaDays?: number;
        };
        UpdateTerritorySettingsDto: {
            /** @description Blank or null: none. */
            contactEmail?: string | null;
            /** @description Days an open case may go without an event before an alert. */
            inactivityDays: number;
            /** @description Days a submitted case may wait for an advisor before an alert. */
            slaDays: number;
        };
        UpdateUserDto: {
            /**
             * Format: uuid
             * @description Advisors and funders only, with the same rules as the invitation.
             */
            organisationId: string;
        };
        UserAdminDto: {
            /** Format: date-time */
            createdAt: string;
            email: string;
            firstName: string;
            /** Format: uuid */
            id: string;
            /** @description The pending invitation link of an invited account. */
            invitation: components["schemas"]["UserInvitationDto"] | null;
            /** Format: date-time */
            lastLoginAt: string | null;
            lastName: string;
            organisation: components["schemas"]["UserOrganisationDto"] | null;
            /** @enum {string} */
            role: "holder" | "advisor" | "funder" | "territory_admin" | "platform_admin";
            /** @enum {string} */
            status: "invited" | "active" | "disabled";
        };
        UserAdminPageDto: {
            items: components["schemas"]["UserAdminDto"][];
            page: number;
            pageSize: number;
            total: number;
        };
        UserInvitationDto: {
            /**
             * Format: date-time
             * @description In the past: the link expired, send a new one.
             */
            expiresAt: string;
        };
        UserOrganisationDto: {
            /** Format: uuid */
            id: string;
            name: string;
        };
        WithdrawReferralDto: {
            reason?: string;
            /** @description The version of the referral the step was decided on. */
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
    MailFailures_list: {
        parameters: {
            query?: {
                page?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Newest first, 20 a page. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MailFailurePageDto"];
                };
            };
            /** @description An error: 400 bad input (details name each field), 401, 403, 404, 409, 413 too large, 415 file type refused, 429 (Retry-After), 5xx. */
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
            /** @description An error: 400 bad input (details name each field), 401, 403, 404, 409, 413 too large, 415 file type refused, 429 (Retry-After), 5xx. */
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
    FundingCriteria_list: {
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
                    "application/json": components["schemas"]["FundingCriterionDto"][];
                };
            };
            /** @description An error: 400 bad input (details name each field), 401, 403, 404, 409, 413 too large, 415 file type refused, 429 (Retry-After), 5xx. */
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
    FundingCriteria_replace: {
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
                "application/json": components["schemas"]["SaveFundingCriteriaDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FundingCriterionDto"][];
                };
            };
            /** @description An error: 400 bad input (details name each field), 401, 403, 404, 409, 413 too large, 415 file type refused, 429 (Retry-After), 5xx. */
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
            /** @description An error: 400 bad input (details name each field), 401, 403, 404, 409, 413 too large, 415 file type refused, 429 (Retry-After), 5xx. */
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
            /** @description An error: 400 bad input (details name each field), 401, 403, 404, 409, 413 too large, 415 file type refused, 429 (Retry-After), 5xx. */
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
            /** @description An error: 400 bad input (details name each field), 401, 403, 404, 409, 413 too large, 415 file type refused, 429 (Retry-After), 5xx. */
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
            /** @description An error: 400 bad input (details name each field), 401, 403, 404, 409, 413 too large, 415 file type refused, 429 (Retry-After), 5xx. */
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
            /** @description An error: 400 bad input (details name each field), 401, 403, 404, 409, 413 too large, 415 file type refused, 429 (Retry-After), 5xx. */
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
            /** @description An error: 400 bad input (details name each field), 401, 403, 404, 409, 413 too large, 415 file type refused, 429 (Retry-After), 5xx. */
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
            /** @description An error: 400 bad input (details name each field), 401, 403, 404, 409, 413 too large, 415 file type refused, 429 (Retry-After), 5xx. */
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
            /** @description An error: 400 bad input (details name each field), 401, 403, 404, 409, 413 too large, 415 file type refused, 429 (Retry-After), 5xx. */
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
            /** @description An error: 400 bad input (details name each field), 401, 403, 404, 409, 413 too large, 415 file type refused, 429 (Retry-After), 5xx. */
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
    TerritorySettings_read: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Defaults filled in: 5 SLA days, 30 inactivity days. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TerritorySettingsDto"];
                };
            };
            /** @description An error: 400 bad input (details name each field), 401, 403, 404, 409, 413 too large, 415 file type refused, 429 (Retry-After), 5xx. */
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
    TerritorySettings_update: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateTerritorySettingsDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TerritorySettingsDto"];
                };
            };
            /** @description An error: 400 bad input (details name each field), 401, 403, 404, 409, 413 too large, 415 file type refused, 429 (Retry-After), 5xx. */
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
    AdminUsers_list: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description Free text, French, accent-insensitive: `pret d’honneur`, `tiers lieu`. */
                q?: string;
                role?: "holder" | "advisor" | "funder" | "territory_admin" | "platform_admin";
                status?: "invited" | "active" | "disabled";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description By last name, then first name. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserAdminPageDto"];
                };
            };
            /** @description An error: 400 bad input (details name each field), 401, 403, 404, 409, 413 too large, 415 file type refused, 429 (Retry-After), 5xx. */
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
    AdminUsers_invite: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InviteUserDto"];
            };
        };
        responses: {
            /** @description An invited account; a link valid 7 days is mailed. An email already used is a 409 `email_taken`. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserAdminDto"];
                };
            };
            /** @description An error: 400 bad input (details name each field), 401, 403, 404, 409, 413 too large, 415 file type refused, 429 (Retry-After), 5xx. */
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
    AdminUsers_update: {
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
                "application/json": components["schemas"]["UpdateUserDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserAdminDto"];
                };
            };
            /** @description An error: 400 bad input (details name each field), 401, 403, 404, 409, 413 too large, 415 file type refused, 429 (Retry-After), 5xx. */
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
    AdminUsers_disable: {
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
            /** @description Their sessions end at once. Not one’s own account (400). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserAdminDto"];
                };
            };
            /** @description An error: 400 bad input (details name each field), 401, 403, 404, 409, 413 too large, 415 file type refused, 429 (Retry-After), 5xx. */
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
    AdminUsers_enable: {
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
            /** @description Active again, or invited when they never chose a password (send them a new link). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserAdminDto"];
                };
            };
            /** @description An error: 400 bad input (details name each field), 401, 403, 404, 409, 413 too large, 415 file type refused, 429 (Retry-After), 5xx. */
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
    AdminUsers_resendInvitation: {
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
            /** @description A new link is mailed; the earlier ones stop working. 409 when the account is not invited. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserAdminDto"];
                };
            };
            /** @description An error: 400 bad input (details name each field), 401, 403, 404, 409, 413 too large, 415 file type refused, 429 (Retry-After), 5xx. */
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
    Auth_confirmEmail: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConfirmEmailDto"];
            };
        };
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description An error: 400 bad input (details name each field), 401, 403, 404, 409, 413 too large, 415 file type refused, 429 (Retry-After), 5xx. */
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
    Auth_resendConfirmation: {
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
            /** @description An error: 400 bad input (details name each field), 401, 403, 404, 409, 413 too large, 415 file type refused, 429 (Retry-After), 5xx. */
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
            /** @description An error: 400 bad input (details name each field), 401, 403, 404, 409, 413 too large, 415 file type refused, 429 (Retry-After), 5xx. */
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
            /** @description An error: 400 bad input (details name each field), 401, 403, 404, 409, 413 too large, 415 file type refused, 429 (Retry-After), 5xx. */
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
            /** @description An error: 400 bad input (details name each field), 401, 403, 404, 409, 413 too large, 415 file type refused, 429 (Retry-After), 5xx. */
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
            /** @description An error: 400 bad input (details name each field), 401, 403, 404, 409, 413 too large, 415 file type refused, 429 (Retry-After), 5xx. */
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
            /** @description An error: 400 bad input (details name each field), 401, 403, 404, 409, 413 too large, 415 file type refused, 429 (Retry-After), 5xx. */
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
            /** @description An error: 400 bad input (details name each field), 401, 403, 404, 409, 413 too large, 415 file type refused, 429 (Retry-After), 5xx. */
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
            /** @description An error: 400 bad input (details name each field), 401, 403, 404, 409, 413 too large, 415 file type refused, 429 (Retry-After), 5xx. */
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
            /** @description An error: 400 bad input (details name each field), 401, 403, 404, 409, 413 too large, 415 file type refused, 429 (Retry-After), 5xx. */
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
            /** @description An error: 400 bad input (details name each field), 401, 403, 404, 409, 413 too large, 415 file type refused, 429 (Retry-After), 5xx. */
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
    Cases_update: {
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
                "application/json": components["schemas"]["UpdateCaseDto"];
            };
        };
        responses: {
            /** @description The case after the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseDto"];
                };
            };
            /** @description An error: 400 bad input (details name each field), 401, 403, 404, 409, 413 too large, 415 file type refused, 429 (Retry-After), 5xx. */
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
            /** @description An error: 400 bad input (details name each field), 401, 403, 404, 409, 413 too large, 415 file type refused, 429 (Retry-After), 5xx. */
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
    Documents_list: {
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
                    "application/json": components["schemas"]["DocumentDto"][];
                };
            };
            /** @description An error: 400 bad input (details name each field), 401, 403, 404, 409, 413 too large, 415 file type refused, 429 (Retry-After), 5xx. */
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
    Documents_upload: {
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
                "multipart/form-data": {
                    /** @enum {string} */
                    category: "statutes" | "business_plan" | "budget" | "accounts" | "bank_details" | "other";
                    /**
                     * Format: uuid
                     * @description A new version of this document.
                     */
                    documentId?: string;
                    /** Format: binary */
                    file: string;
                };
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentDto"];
                };
            };
            /** @description An error: 400 bad input (details name each field), 401, 403, 404, 409, 413 too large, 415 file type refused, 429 (Retry-After), 5xx. */
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
    Messages_thread: {
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
                    "application/json": components["schemas"]["MessageThreadDto"];
                };
            };
            /** @description An error: 400 bad input (details name each field), 401, 403, 404, 409, 413 too large, 415 file type refused, 429 (Retry-After), 5xx. */
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
    Messages_post: {
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
                "application/json": components["schemas"]["CreateMessageDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageDto"];
                };
            };
            /** @description An error: 400 bad input (details name each field), 401, 403, 404, 409, 413 too large, 415 file type refused, 429 (Retry-After), 5xx. */
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
    Messages_markRead: {
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
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description An error: 400 bad input (details name each field), 401, 403, 404, 409, 413 too large, 415 file type refused, 429 (Retry-After), 5xx. */
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
            /** @description An error: 400 bad input (details name each field), 401, 403, 404, 409, 413 too large, 415 file type refused, 429 (Retry-After), 5xx. */
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
    Notes_list: {
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
            /** @description Newest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NoteDto"][];
                };
            };
            /** @description An error: 400 bad input (details name each field), 401, 403, 404, 409, 413 too large, 415 file type refused, 429 (Retry-After), 5xx. */
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
    Notes_create: {
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
                "application/json": components["schemas"]["CreateNoteDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NoteDto"];
                };
            };
            /** @description An error: 400 bad input (details name each field), 401, 403, 404, 409, 413 too large, 415 file type refused, 429 (Retry-After), 5xx. */
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
    Orientations_listForCase: {
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
            /** @description Newest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrientationDto"][];
                };
            };
            /** @description An error: 400 bad input (details name each field), 401, 403, 404, 409, 413 too large, 415 file type refused, 429 (Retry-After), 5xx. */
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
    Orientations_propose: {
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
                "application/json": components["schemas"]["ProposeOrientationDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrientationDto"];
                };
            };
            /** @description An error: 400 bad input (details name each field), 401, 403, 404, 409, 413 too large, 415 file type refused, 429 (Retry-After), 5xx. */
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
    Referrals_options: {
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
                    "application/json": components["schemas"]["ReferralOptionsDto"];
                };
            };
            /** @description An error: 400 bad input (details name each field), 401, 403, 404, 409, 413 too large, 415 file type refused, 429 (Retry-After), 5xx. */
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
    Referrals_funding: {
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
                    "application/json": components["schemas"]["CaseFundingDto"];
                };
            };
            /** @description An error: 400 bad input (details name each field), 401, 403, 404, 409, 413 too large, 415 file type refused, 429 (Retry-After), 5xx. */
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
    Referrals_send: {
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
                "application/json": components["schemas"]["SendReferralsDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferralDto"][];
                };
            };
            /** @description An error: 400 bad input (details name each field), 401, 403, 404, 409, 413 too large, 415 file type refused, 429 (Retry-After), 5xx. */
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
    Tasks_list: {
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
            /** @description Open ones first by due date, then done ones. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskDto"][];
                };
            };
            /** @description An error: 400 bad input (details name each field), 401, 403, 404, 409, 413 too large, 415 file type refused, 429 (Retry-After), 5xx. */
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
    Tasks_create: {
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
                "application/json": components["schemas"]["CreateTaskDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskDto"];
                };
            };
            /** @description An error: 400 bad input (details name each field), 401, 403, 404, 409, 413 too large, 415 file type refused, 429 (Retry-After), 5xx. */
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
            /** @description An error: 400 bad input (details name each field), 401, 403, 404, 409, 413 too large, 415 file type refused, 429 (Retry-After), 5xx. */
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
            /** @description An error: 400 bad input (details name each field), 401, 403, 404, 409, 413 too large, 415 file type refused, 429 (Retry-After), 5xx. */
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
            /** @description An error: 400 bad input (details name each field), 401, 403, 404, 409, 413 too large, 415 file type refused, 429 (Retry-After), 5xx. */
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
            /** @description An error: 400 bad input (details name each field), 401, 403, 404, 409, 413 too large, 415 file type refused, 429 (Retry-After), 5xx. */
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
            /** @description An error: 400 bad input (details name each field), 401, 403, 404, 409, 413 too large, 415 file type refused, 429 (Retry-After), 5xx. */
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
            /** @description An error: 400 bad input (details name each field), 401, 403, 404, 409, 413 too large, 415 file type refused, 429 (Retry-After), 5xx. */
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
            /** @description An error: 400 bad input (details name each field), 401, 403, 404, 409, 413 too large, 415 file type refused, 429 (Retry-After), 5xx. */
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
            /** @description An error: 400 bad input (details name each field), 401, 403, 404, 409, 413 too large, 415 file type refused, 429 (Retry-After), 5xx. */
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
    Documents_download: {
        parameters: {
            query?: {
                /** @description Default: the latest version. */
                version?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The bytes, with the type read from them at upload. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description An error: 400 bad input (details name each field), 401, 403, 404, 409, 413 too large, 415 file type refused, 429 (Retry-After), 5xx. */
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
            /** @description An error: 400 bad input (details name each field), 401, 403, 404, 409, 413 too large, 415 file type refused, 429 (Retry-After), 5xx. */
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
    NotificationSettings_settings: {
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
                    "application/json": components["schemas"]["NotificationSettingDto"][];
                };
            };
            /** @description An error: 400 bad input (details name each field), 401, 403, 404, 409, 413 too large, 415 file type refused, 429 (Retry-After), 5xx. */
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
    NotificationSettings_update: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateNotificationSettingsDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationSettingDto"][];
                };
            };
            /** @description An error: 400 bad input (details name each field), 401, 403, 404, 409, 413 too large, 415 file type refused, 429 (Retry-After), 5xx. */
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
            /** @description An error: 400 bad input (details name each field), 401, 403, 404, 409, 413 too large, 415 file type refused, 429 (Retry-After), 5xx. */
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
    Notes_update: {
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
                "application/json": components["schemas"]["UpdateNoteDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NoteDto"];
                };
            };
            /** @description An error: 400 bad input (details name each field), 401, 403, 404, 409, 413 too large, 415 file type refused, 429 (Retry-After), 5xx. */
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
    Notes_revisions: {
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
            /** @description Newest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NoteRevisionDto"][];
                };
            };
            /** @description An error: 400 bad input (details name each field), 401, 403, 404, 409, 413 too large, 415 file type refused, 429 (Retry-After), 5xx. */
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
    Notifications_list: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description `true`: only the unread ones. */
                unread?: "true" | "false";
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
                    "application/json": components["schemas"]["NotificationPageDto"];
                };
            };
            /** @description An error: 400 bad input (details name each field), 401, 403, 404, 409, 413 too large, 415 file type refused, 429 (Retry-After), 5xx. */
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
    Notifications_read: {
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
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description An error: 400 bad input (details name each field), 401, 403, 404, 409, 413 too large, 415 file type refused, 429 (Retry-After), 5xx. */
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
    Notifications_readAll: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description How many were marked read. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationCountDto"];
                };
            };
            /** @description An error: 400 bad input (details name each field), 401, 403, 404, 409, 413 too large, 415 file type refused, 429 (Retry-After), 5xx. */
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
    Notifications_unreadCount: {
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
                    "application/json": components["schemas"]["NotificationCountDto"];
                };
            };
            /** @description An error: 400 bad input (details name each field), 401, 403, 404, 409, 413 too large, 415 file type refused, 429 (Retry-After), 5xx. */
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
    Orientations_inbox: {
        parameters: {
            query?: {
                /** @description Only the orientations in this status. */
                status?: "proposed" | "accepted" | "declined" | "completed";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Newest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrientationInboxItemDto"][];
                };
            };
            /** @description An error: 400 bad input (details name each field), 401, 403, 404, 409, 413 too large, 415 file type refused, 429 (Retry-After), 5xx. */
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
    Orientations_accept: {
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
                "application/json": components["schemas"]["AnswerOrientationDto"];
            };
        };
        responses: {
            /** @description The orientation after the answer. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrientationDto"];
                };
            };
            /** @description An error: 400 bad input (details name each field), 401, 403, 404, 409, 413 too large, 415 file type refused, 429 (Retry-After), 5xx. */
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
    Orientations_complete: {
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
                "application/json": components["schemas"]["AnswerOrientationDto"];
            };
        };
        responses: {
            /** @description The orientation after the answer. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrientationDto"];
                };
            };
            /** @description An error: 400 bad input (details name each field), 401, 403, 404, 409, 413 too large, 415 file type refused, 429 (Retry-After), 5xx. */
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
    Orientations_decline: {
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
                "application/json": components["schemas"]["DeclineOrientationDto"];
            };
        };
        responses: {
            /** @description The orientation after the answer. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrientationDto"];
                };
            };
            /** @description An error: 400 bad input (details name each field), 401, 403, 404, 409, 413 too large, 415 file type refused, 429 (Retry-After), 5xx. */
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
    PlatformMails_list: {
        parameters: {
            query?: {
                page?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Newest first, 20 a page. 404 when SMTP_URL is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutboxMailPageDto"];
                };
            };
            /** @description An error: 400 bad input (details name each field), 401, 403, 404, 409, 413 too large, 415 file type refused, 429 (Retry-After), 5xx. */
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
    PlatformMails_get: {
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
            /** @description With its text and HTML. 404 when SMTP_URL is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutboxMailDetailDto"];
                };
            };
            /** @description An error: 400 bad input (details name each field), 401, 403, 404, 409, 413 too large, 415 file type refused, 429 (Retry-After), 5xx. */
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
    PlatformTerritories_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description By name. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlatformTerritoryDto"][];
                };
            };
            /** @description An error: 400 bad input (details name each field), 401, 403, 404, 409, 413 too large, 415 file type refused, 429 (Retry-After), 5xx. */
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
    PlatformTerritories_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateTerritoryDto"];
            };
        };
        responses: {
            /** @description With its operator organisation, the communes of its départements and the default questionnaire published. A code taken is a 409. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlatformTerritoryDto"];
                };
            };
            /** @description An error: 400 bad input (details name each field), 401, 403, 404, 409, 413 too large, 415 file type refused, 429 (Retry-After), 5xx. */
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
    PlatformTerritories_update: {
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
                "application/json": components["schemas"]["UpdateTerritoryDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlatformTerritoryDto"];
                };
            };
            /** @description An error: 400 bad input (details name each field), 401, 403, 404, 409, 413 too large, 415 file type refused, 429 (Retry-After), 5xx. */
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
    PlatformTerritories_inviteAdmin: {
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
                "application/json": components["schemas"]["InviteeDto"];
            };
        };
        responses: {
            /** @description An invited territory admin of the operator. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserAdminDto"];
                };
            };
            /** @description An error: 400 bad input (details name each field), 401, 403, 404, 409, 413 too large, 415 file type refused, 429 (Retry-After), 5xx. */
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
    PlatformTerritories_resendAdminInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A new link; the earlier ones stop working. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserAdminDto"];
                };
            };
            /** @description An error: 400 bad input (details name each field), 401, 403, 404, 409, 413 too large, 415 file type refused, 429 (Retry-After), 5xx. */
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
            /** @description An error: 400 bad input (details name each field), 401, 403, 404, 409, 413 too large, 415 file type refused, 429 (Retry-After), 5xx. */
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
            /** @description An error: 400 bad input (details name each field), 401, 403, 404, 409, 413 too large, 415 file type refused, 429 (Retry-After), 5xx. */
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
            /** @description An error: 400 bad input (details name each field), 401, 403, 404, 409, 413 too large, 415 file type refused, 429 (Retry-After), 5xx. */
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
            /** @description An error: 400 bad input (details name each field), 401, 403, 404, 409, 413 too large, 415 file type refused, 429 (Retry-After), 5xx. */
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
            /** @description An error: 400 bad input (details name each field), 401, 403, 404, 409, 413 too large, 415 file type refused, 429 (Retry-After), 5xx. */
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
            /** @description An error: 400 bad input (details name each field), 401, 403, 404, 409, 413 too large, 415 file type refused, 429 (Retry-After), 5xx. */
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
            /** @description An error: 400 bad input (details name each field), 401, 403, 404, 409, 413 too large, 415 file type refused, 429 (Retry-After), 5xx. */
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
            /** @description An error: 400 bad input (details name each field), 401, 403, 404, 409, 413 too large, 415 file type refused, 429 (Retry-After), 5xx. */
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
            /** @description An error: 400 bad input (details name each field), 401, 403, 404, 409, 413 too large, 415 file type refused, 429 (Retry-After), 5xx. */
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
    Referrals_inbox: {
        parameters: {
            query?: {
                /** @description Default: oldest first. */
                order?: "asc" | "desc";
                page?: number;
                pageSize?: number;
                /** @description Reference or project name; accent- and case-insensitive. */
                q?: string;
                sort?: "createdAt";
                /** @description Repeatable; default: all. */
                status?: ("sent" | "in_review" | "info_requested" | "approved" | "declined" | "withdrawn")[];
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
                    "application/json": components["schemas"]["ReferralInboxDto"];
                };
            };
            /** @description An error: 400 bad input (details name each field), 401, 403, 404, 409, 413 too large, 415 file type refused, 429 (Retry-After), 5xx. */
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
    Referrals_get: {
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
                    "application/json": components["schemas"]["ReferralDto"];
                };
            };
            /** @description An error: 400 bad input (details name each field), 401, 403, 404, 409, 413 too large, 415 file type refused, 429 (Retry-After), 5xx. */
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
    Referrals_answer: {
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
                "multipart/form-data": {
                    body: string;
                    /** @description Stored as case documents of category `other`. */
                    files?: string[];
                    version: number;
                };
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferralDto"];
                };
            };
            /** @description An error: 400 bad input (details name each field), 401, 403, 404, 409, 413 too large, 415 file type refused, 429 (Retry-After), 5xx. */
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
    Referrals_decide: {
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
                "application/json": components["schemas"]["DecideReferralDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferralDto"];
                };
            };
            /** @description An error: 400 bad input (details name each field), 401, 403, 404, 409, 413 too large, 415 file type refused, 429 (Retry-After), 5xx. */
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
    Referrals_disburse: {
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
                "application/json": components["schemas"]["RecordDisbursementDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferralDto"];
                };
            };
            /** @description An error: 400 bad input (details name each field), 401, 403, 404, 409, 413 too large, 415 file type refused, 429 (Retry-After), 5xx. */
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
    Referrals_download: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                versionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The bytes, with the type read from them at upload. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description An error: 400 bad input (details name each field), 401, 403, 404, 409, 413 too large, 415 file type refused, 429 (Retry-After), 5xx. */
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
    Referrals_open: {
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
                "application/json": components["schemas"]["ReferralVersionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferralDto"];
                };
            };
            /** @description An error: 400 bad input (details name each field), 401, 403, 404, 409, 413 too large, 415 file type refused, 429 (Retry-After), 5xx. */
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
    Referrals_ask: {
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
                "application/json": components["schemas"]["AskQuestionDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferralDto"];
                };
            };
            /** @description An error: 400 bad input (details name each field), 401, 403, 404, 409, 413 too large, 415 file type refused, 429 (Retry-After), 5xx. */
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
    Referrals_review: {
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
                "application/json": components["schemas"]["SaveReviewDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferralDto"];
                };
            };
            /** @description An error: 400 bad input (details name each field), 401, 403, 404, 409, 413 too large, 415 file type refused, 429 (Retry-After), 5xx. */
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
    Referrals_withdraw: {
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
                "application/json": components["schemas"]["WithdrawReferralDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferralDto"];
                };
            };
            /** @description An error: 400 bad input (details name each field), 401, 403, 404, 409, 413 too large, 415 file type refused, 429 (Retry-After), 5xx. */
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
    Referrals_counts: {
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
                    "application/json": components["schemas"]["ReferralCountsDto"];
                };
            };
            /** @description An error: 400 bad input (details name each field), 401, 403, 404, 409, 413 too large, 415 file type refused, 429 (Retry-After), 5xx. */
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
    StaffInvitations_accept: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AcceptStaffInvitationDto"];
            };
        };
        responses: {
            /** @description The account, active and logged in; the link stops working. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeDto"];
                };
            };
            /** @description An error: 400 bad input (details name each field), 401, 403, 404, 409, 413 too large, 415 file type refused, 429 (Retry-After), 5xx. */
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
    StaffInvitations_preview: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StaffInvitationTokenDto"];
            };
        };
        responses: {
            /** @description Who invited whom for what; a used or expired link is a 400 `invalid_token`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffInvitationPreviewDto"];
                };
            };
            /** @description An error: 400 bad input (details name each field), 401, 403, 404, 409, 413 too large, 415 file type refused, 429 (Retry-After), 5xx. */
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
    StaffCases_advisors: {
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
                    "application/json": components["schemas"]["StaffAdvisorDto"][];
                };
            };
            /** @description An error: 400 bad input (details name each field), 401, 403, 404, 409, 413 too large, 415 file type refused, 429 (Retry-After), 5xx. */
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
    StaffCases_list: {
        parameters: {
            query?: {
                /** @description `me`, `none` (no lead advisor) or a user id: cases they lead or follow. */
                advisor?: string;
                /** @description INSEE code of the project’s commune. */
                commune?: string;
                /** @description INSEE code of the project’s département. */
                departement?: string;
                legalForm?: "unregistered" | "association" | "scop" | "scic" | "cae_member" | "esus_company" | "other";
                order?: "asc" | "desc";
                /** @description An organisation id: cases whose lead advisor belongs to it, or that it accepted through an orientation. */
                organisation?: string;
                /** @description Only cases with an open task past its day. */
                overdueTask?: "true";
                page?: number;
                pageSize?: number;
                priority?: "normal" | "high";
                /** @description Reference, project name or holders’ names; accent- and case-insensitive. */
                q?: string;
                sector?: "food" | "agriculture" | "environment" | "circular_economy" | "energy" | "mobility" | "housing" | "social_care" | "health" | "education" | "culture" | "sport_leisure" | "tourism" | "crafts" | "digital" | "finance" | "employment_inclusion" | "other";
                sort?: "submittedAt" | "lastEventAt" | "reference" | "stageEnteredAt";
                /** @description Repeatable: any of these. */
                stage?: ("submitted" | "orientation" | "accompaniment" | "funding" | "on_hold" | "closed")[];
                /** @description Submitted on or after this day (Paris). */
                submittedFrom?: string;
                /** @description Submitted on or before this day (Paris). */
                submittedTo?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Newest submission first unless `sort` says. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseListPageDto"];
                };
            };
            /** @description An error: 400 bad input (details name each field), 401, 403, 404, 409, 413 too large, 415 file type refused, 429 (Retry-After), 5xx. */
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
    StaffCases_assign: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BulkAssignDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkAssignResultDto"];
                };
            };
            /** @description An error: 400 bad input (details name each field), 401, 403, 404, 409, 413 too large, 415 file type refused, 429 (Retry-After), 5xx. */
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
    StaffCases_queue: {
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
                    "application/json": components["schemas"]["QueueDto"];
                };
            };
            /** @description An error: 400 bad input (details name each field), 401, 403, 404, 409, 413 too large, 415 file type refused, 429 (Retry-After), 5xx. */
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
    SavedFilters_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Mine, by name. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SavedFilterDto"][];
                };
            };
            /** @description An error: 400 bad input (details name each field), 401, 403, 404, 409, 413 too large, 415 file type refused, 429 (Retry-After), 5xx. */
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
    SavedFilters_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSavedFilterDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SavedFilterDto"];
                };
            };
            /** @description An error: 400 bad input (details name each field), 401, 403, 404, 409, 413 too large, 415 file type refused, 429 (Retry-After), 5xx. */
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
    SavedFilters_remove: {
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
            /** @description Deleted; someone else’s filter is a 404. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description An error: 400 bad input (details name each field), 401, 403, 404, 409, 413 too large, 415 file type refused, 429 (Retry-After), 5xx. */
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
    Tasks_update: {
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
                "application/json": components["schemas"]["UpdateTaskDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskDto"];
                };
            };
            /** @description An error: 400 bad input (details name each field), 401, 403, 404, 409, 413 too large, 415 file type refused, 429 (Retry-After), 5xx. */
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
            /** @description An error: 400 bad input (details name each field), 401, 403, 404, 409, 413 too large, 415 file type refused, 429 (Retry-After), 5xx. */
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
            /** @description An error: 400 bad input (details name each field), 401, 403, 404, 409, 413 too large, 415 file type refused, 429 (Retry-After), 5xx. */
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
