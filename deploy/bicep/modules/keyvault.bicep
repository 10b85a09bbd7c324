// Key Vault (RBAC authorisation) with every secret of the host; the web app reads them through Key Vault references.
param name string
param location string
param openAiAccountName string

@secure()
param botAppPassword string
@secure()
param directLineSecret string
@secure()
param operatorApiKey string
@secure()
param agentDeskAdminPassword string

resource openAi 'Microsoft.CognitiveServices/accounts@2024-10-01' existing = {
  name: openAiAccountName
}

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: name
  location: location
  properties: {
    tenantId: tenant().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 7
  }
}

resource botPassword 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'bot-app-password'
  properties: {
    value: botAppPassword
  }
}

resource directLine 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'directline-secret'
  properties: {
    value: directLineSecret
  }
}

resource operatorKey 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'operator-api-key'
  properties: {
    value: operatorApiKey
  }
}

resource openAiKey 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'azure-openai-key'
  properties: {
    value: openAi.listKeys().key1
  }
}

resource adminPassword 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'agentdesk-admin-password'
  properties: {
    value: agentDeskAdminPassword
  }
}

output name string = vault.name

@description('Secret URIs without version, so a new secret version is picked up on restart.')
output secretUris object = {
  botAppPassword: botPassword.properties.secretUri
  directLineSecret: directLine.properties.secretUri
  operatorApiKey: operatorKey.properties.secretUri
  openAiKey: openAiKey.properties.secretUri
  agentDeskAdminPassword: adminPassword.properties.secretUri
}
