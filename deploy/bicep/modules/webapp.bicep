// Linux App Service plan and Web App running the container; secrets come from Key Vault references, the SQLite file
// from the Azure Files share mounted at /data. One instance only: SQLite admits one writer process.
param name string
param location string
param sku string
param containerImage string
param containerRegistryServer string
param storageAccountName string
param shareName string
param secretUris object
param appSettings object

@description('Settings written only when their value is not empty, so that the host\'s defaults apply to the others.')
param optionalAppSettings object = {}

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' existing = {
  name: storageAccountName
}

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: '${name}-plan'
  location: location
  kind: 'linux'
  sku: {
    name: sku
    capacity: 1
  }
  properties: {
    reserved: true
  }
}

var keyVaultSettings = {
  Bot__MicrosoftAppPassword: '@Microsoft.KeyVault(SecretUri=${secretUris.botAppPassword})'
  DirectLine__Secret: '@Microsoft.KeyVault(SecretUri=${secretUris.directLineSecret})'
  Operations__ApiKey: '@Microsoft.KeyVault(SecretUri=${secretUris.operatorApiKey})'
  Language__AzureOpenAI__ApiKey: '@Microsoft.KeyVault(SecretUri=${secretUris.openAiKey})'
  AgentDesk__Admin__Password: '@Microsoft.KeyVault(SecretUri=${secretUris.agentDeskAdminPassword})'
}

var containerSettings = {
  WEBSITES_PORT: '8080'
  WEBSITES_ENABLE_APP_SERVICE_STORAGE: 'false'
  ConnectionStrings__Bot: 'Data Source=/data/bot.db'
}

// An empty app setting would override the host's default with an empty string: leave those out.
var givenOptionalSettings = toObject(filter(items(optionalAppSettings), s => !empty(s.value)), s => s.key, s => s.value)

var allSettings = union(appSettings, givenOptionalSettings, keyVaultSettings, containerSettings)

resource site 'Microsoft.Web/sites@2023-12-01' = {
  name: name
  location: location
  kind: 'app,linux,container'
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    siteConfig: {
      linuxFxVersion: 'DOCKER|${containerImage}'
      acrUseManagedIdentityCreds: !empty(containerRegistryServer)
      alwaysOn: sku != 'F1' && sku != 'D1'
      webSocketsEnabled: true
      healthCheckPath: '/health'
      http20Enabled: true
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      appSettings: [for setting in items(allSettings): {
        name: setting.key
        value: setting.value
      }]
      azureStorageAccounts: {
        botdata: {
          type: 'AzureFiles'
          accountName: storage.name
          shareName: shareName
          mountPath: '/data'
          accessKey: storage.listKeys().keys[0].value
        }
      }
    }
  }
}

output hostName string = site.properties.defaultHostName
output principalId string = site.identity.principalId
