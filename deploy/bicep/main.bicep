// Everything the bot needs in one resource group: Linux Web App (container) on an App Service plan, Azure Files share
// for the SQLite store, Key Vault with the secrets, Azure OpenAI with a chat deployment, and the Azure Bot resource
// with the Teams, Web Chat and Direct Line channels. Deploy with:
//   az deployment group create -g <rg> -f deploy/bicep/main.bicep -p @deploy/bicep/main.parameters.json ...
targetScope = 'resourceGroup'

@description('Short lowercase prefix for every resource name (3-11 letters or digits).')
@minLength(3)
@maxLength(11)
param namePrefix string = 'csbot'

@description('Region of every resource except the Azure Bot (which is global).')
param location string = resourceGroup().location

@description('Client (application) id of the Microsoft Entra app registration of the bot.')
param botAppId string

@description('Client secret of that app registration (stored in Key Vault as bot-app-password).')
@secure()
param botAppPassword string

@description('MultiTenant or SingleTenant (the host authenticates with a client secret; managed identity is not supported yet).')
@allowed([
  'MultiTenant'
  'SingleTenant'
])
param botAppType string = 'SingleTenant'

@description('Tenant of the app registration (used when botAppType is SingleTenant).')
param botAppTenantId string = tenant().tenantId

@description('Secret of the self-hosted Direct Line (/v3/directline) of the host.')
@secure()
param directLineSecret string

@description('Key of the operators\' API (/api/operations/*).')
@secure()
param operatorApiKey string

@description('User name of the first agent-desk administrator.')
param agentDeskAdminUserName string = 'admin'

@description('Password of the first agent-desk administrator (stored in Key Vault).')
@secure()
param agentDeskAdminPassword string

@description('Container image, e.g. myregistry.azurecr.io/cs-bot:1.0.0.')
param containerImage string

@description('Login server of the Azure Container Registry holding the image (the web app pulls with its managed identity). Empty: a public image.')
param containerRegistryServer string = ''

@description('Name of that registry (in this resource group) to grant AcrPull on. Empty: no role assignment.')
param containerRegistryName string = ''

@description('App Service plan SKU (Linux). B1 is enough for a pilot; use P1v3 or higher in production.')
param appServiceSku string = 'B1'

@description('Azure OpenAI model, version and capacity (thousands of tokens per minute) of the chat deployment.')
param openAiModelName string = 'gpt-4o-mini'
param openAiModelVersion string = '2024-07-18'
param openAiDeploymentCapacity int = 10

@description('Display name of the bot in Teams and the Azure portal.')
param botDisplayName string = 'Customer Service'

@description('Azure Bot pricing tier: F0 (free; Teams and Web Chat are standard channels) or S1.')
@allowed([
  'F0'
  'S1'
])
param botSku string = 'F0'

@description('Agents in Teams: id of the agents\' channel, 19:...@thread.tacv2 (deploy/README.md, "Agents in Teams"). Empty: the feature is off.')
param teamsAgentsChannelId string = ''

@description('Agents in Teams: Teams connector base URL the card threads are created with. Empty: the host\'s default, https://smba.trafficmanager.net/teams/.')
param teamsAgentsServiceUrl string = ''

@description('Agents in Teams: tenant id of the agents\' team, sent with each new card thread. Default: the bot\'s tenant.')
param teamsAgentsTenantId string = botAppTenantId

var suffix = uniqueString(resourceGroup().id)
var webAppName = '${namePrefix}-app-${suffix}'
var botName = '${namePrefix}-bot-${suffix}'

module storage 'modules/storage.bicep' = {
  name: 'storage'
  params: {
    name: take('${namePrefix}st${suffix}', 24)
    location: location
  }
}

module openAi 'modules/openai.bicep' = {
  name: 'openai'
  params: {
    name: '${namePrefix}-oai-${suffix}'
    location: location
    modelName: openAiModelName
    modelVersion: openAiModelVersion
    capacity: openAiDeploymentCapacity
  }
}

module vault 'modules/keyvault.bicep' = {
  name: 'keyvault'
  params: {
    name: take('${namePrefix}-kv-${suffix}', 24)
    location: location
    openAiAccountName: openAi.outputs.name
    botAppPassword: botAppPassword
    directLineSecret: directLineSecret
    operatorApiKey: operatorApiKey
    agentDeskAdminPassword: agentDeskAdminPassword
  }
}

module web 'modules/webapp.bicep' = {
  name: 'webapp'
  params: {
    name: webAppName
    location: location
    sku: appServiceSku
    containerImage: containerImage
    containerRegistryServer: containerRegistryServer
    storageAccountName: storage.outputs.name
    shareName: storage.outputs.shareName
    secretUris: vault.outputs.secretUris
    appSettings: {
      Bot__MicrosoftAppId: botAppId
      Bot__MicrosoftAppType: botAppType
      Bot__MicrosoftAppTenantId: botAppTenantId
      Language__AzureOpenAI__Endpoint: openAi.outputs.endpoint
      Language__AzureOpenAI__Deployment: openAi.outputs.deploymentName
      AgentDesk__Admin__UserName: agentDeskAdminUserName
    }
    // Agents in Teams: off (no settings) without a channel id.
    optionalAppSettings: empty(teamsAgentsChannelId)
      ? {}
      : {
          TeamsAgents__ChannelId: teamsAgentsChannelId
          TeamsAgents__ServiceUrl: teamsAgentsServiceUrl
          TeamsAgents__TenantId: teamsAgentsTenantId
        }
  }
}

module access 'modules/access.bicep' = {
  name: 'access'
  params: {
    keyVaultName: vault.outputs.name
    containerRegistryName: containerRegistryName
    principalId: web.outputs.principalId
  }
}

module bot 'modules/bot.bicep' = {
  name: 'bot'
  params: {
    name: botName
    sku: botSku
    displayName: botDisplayName
    appId: botAppId
    appType: botAppType
    tenantId: botAppTenantId
    endpoint: 'https://${web.outputs.hostName}/api/messages'
  }
}

@description('Public address of the bot host (Web Chat page at /, health at /health).')
output webAppUrl string = 'https://${web.outputs.hostName}'

@description('Host name to put into the Teams manifest (HOST_NAME).')
output webAppHostName string = web.outputs.hostName

@description('Name of the web app (for az webapp commands).')
output webAppName string = webAppName

@description('Name of the Azure Bot resource.')
output botName string = bot.outputs.name

@description('Name of the Key Vault holding the secrets.')
output keyVaultName string = vault.outputs.name
