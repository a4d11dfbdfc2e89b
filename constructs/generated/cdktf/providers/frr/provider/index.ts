// https://registry.terraform.io/providers/frr-iac/frr/latest/docs
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface FrrProviderConfig {
  /**
  * ssh-agent socket path, or `auto` for `$SSH_AUTH_SOCK`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs#agent FrrProvider#agent}
  */
  readonly agent?: string;
  /**
  * Timeout of one remote command in milliseconds. Default: 120000.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs#command_timeout_ms FrrProvider#command_timeout_ms}
  */
  readonly commandTimeoutMs?: number;
  /**
  * Connection timeout in milliseconds. Default: 10000.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs#connect_timeout_ms FrrProvider#connect_timeout_ms}
  */
  readonly connectTimeoutMs?: number;
  /**
  * Host name or address of the FRR host (or bastion).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs#host FrrProvider#host}
  */
  readonly host: string;
  /**
  * Pinned host key fingerprint, `SHA256:...` as `ssh-keygen -lf` prints it.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs#host_key FrrProvider#host_key}
  */
  readonly hostKey?: string;
  /**
  * Skip host key verification. Only for throw-away labs; frr-iac warns loudly. Default: false.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs#insecure_ignore_host_key FrrProvider#insecure_ignore_host_key}
  */
  readonly insecureIgnoreHostKey?: boolean | cdktf.IResolvable;
  /**
  * Bastion host to tunnel through; its host key is verified the same way.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs#jump_host FrrProvider#jump_host}
  */
  readonly jumpHost?: FrrProviderJumpHost;
  /**
  * SSH keepalive interval in milliseconds (0 disables). Default: 15000.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs#keepalive_interval_ms FrrProvider#keepalive_interval_ms}
  */
  readonly keepaliveIntervalMs?: number;
  /**
  * known_hosts file to verify the host key against.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs#known_hosts_file FrrProvider#known_hosts_file}
  */
  readonly knownHostsFile?: string;
  /**
  * Passphrase of the private key.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs#passphrase FrrProvider#passphrase}
  */
  readonly passphrase?: string;
  /**
  * SSH password (prefer keys).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs#password FrrProvider#password}
  */
  readonly password?: string;
  /**
  * FRR pathspace (`vtysh -N NAME`) for hosts running several FRR instances.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs#pathspace FrrProvider#pathspace}
  */
  readonly pathspace?: string;
  /**
  * Run `write memory` after every verified change, so it survives an FRR restart. Default: true.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs#persist FrrProvider#persist}
  */
  readonly persist?: boolean | cdktf.IResolvable;
  /**
  * SSH port. Default: 22.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs#port FrrProvider#port}
  */
  readonly port?: number;
  /**
  * Private key (OpenSSH or PEM text).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs#private_key FrrProvider#private_key}
  */
  readonly privateKey?: string;
  /**
  * Path of a private key file on the machine running frr-iac.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs#private_key_path FrrProvider#private_key_path}
  */
  readonly privateKeyPath?: string;
  /**
  * Run vtysh through `sudo -n` (for users not in `frrvty`). Default: false.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs#sudo FrrProvider#sudo}
  */
  readonly sudo?: boolean | cdktf.IResolvable;
  /**
  * SSH user: root, or a user in the `frrvty` group or allowed `sudo -n vtysh`. Default: "root".
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs#username FrrProvider#username}
  */
  readonly username?: string;
  /**
  * vtysh command on the host. Default: "vtysh".
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs#vtysh_path FrrProvider#vtysh_path}
  */
  readonly vtyshPath?: string;
  /**
  * Alias name
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs#alias FrrProvider#alias}
  */
  readonly alias?: string;
}
export interface FrrProviderJumpHost {
  /**
  * ssh-agent socket path, or `auto` for `$SSH_AUTH_SOCK`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs#agent FrrProvider#agent}
  */
  readonly agent?: string;
  /**
  * Connection timeout in milliseconds. Default: 10000.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs#connect_timeout_ms FrrProvider#connect_timeout_ms}
  */
  readonly connectTimeoutMs?: number;
  /**
  * Host name or address of the FRR host (or bastion).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs#host FrrProvider#host}
  */
  readonly host: string;
  /**
  * Pinned host key fingerprint, `SHA256:...` as `ssh-keygen -lf` prints it.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs#host_key FrrProvider#host_key}
  */
  readonly hostKey?: string;
  /**
  * Skip host key verification. Only for throw-away labs; frr-iac warns loudly. Default: false.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs#insecure_ignore_host_key FrrProvider#insecure_ignore_host_key}
  */
  readonly insecureIgnoreHostKey?: boolean | cdktf.IResolvable;
  /**
  * known_hosts file to verify the host key against.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs#known_hosts_file FrrProvider#known_hosts_file}
  */
  readonly knownHostsFile?: string;
  /**
  * Passphrase of the private key.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs#passphrase FrrProvider#passphrase}
  */
  readonly passphrase?: string;
  /**
  * SSH password (prefer keys).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs#password FrrProvider#password}
  */
  readonly password?: string;
  /**
  * SSH port. Default: 22.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs#port FrrProvider#port}
  */
  readonly port?: number;
  /**
  * Private key (OpenSSH or PEM text).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs#private_key FrrProvider#private_key}
  */
  readonly privateKey?: string;
  /**
  * Path of a private key file on the machine running frr-iac.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs#private_key_path FrrProvider#private_key_path}
  */
  readonly privateKeyPath?: string;
  /**
  * SSH user: root, or a user in the `frrvty` group or allowed `sudo -n vtysh`. Default: "root".
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs#username FrrProvider#username}
  */
  readonly username?: string;
}

export function frrProviderJumpHostToTerraform(struct?: FrrProviderJumpHost | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    agent: cdktf.stringToTerraform(struct!.agent),
    connect_timeout_ms: cdktf.numberToTerraform(struct!.connectTimeoutMs),
    host: cdktf.stringToTerraform(struct!.host),
    host_key: cdktf.stringToTerraform(struct!.hostKey),
    insecure_ignore_host_key: cdktf.booleanToTerraform(struct!.insecureIgnoreHostKey),
    known_hosts_file: cdktf.stringToTerraform(struct!.knownHostsFile),
    passphrase: cdktf.stringToTerraform(struct!.passphrase),
    password: cdktf.stringToTerraform(struct!.password),
    port: cdktf.numberToTerraform(struct!.port),
    private_key: cdktf.stringToTerraform(struct!.privateKey),
    private_key_path: cdktf.stringToTerraform(struct!.privateKeyPath),
    username: cdktf.stringToTerraform(struct!.username),
  }
}


export function frrProviderJumpHostToHclTerraform(struct?: FrrProviderJumpHost | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    agent: {
      value: cdktf.stringToHclTerraform(struct!.agent),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    connect_timeout_ms: {
      value: cdktf.numberToHclTerraform(struct!.connectTimeoutMs),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    host: {
      value: cdktf.stringToHclTerraform(struct!.host),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    host_key: {
      value: cdktf.stringToHclTerraform(struct!.hostKey),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    insecure_ignore_host_key: {
      value: cdktf.booleanToHclTerraform(struct!.insecureIgnoreHostKey),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    known_hosts_file: {
      value: cdktf.stringToHclTerraform(struct!.knownHostsFile),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    passphrase: {
      value: cdktf.stringToHclTerraform(struct!.passphrase),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    password: {
      value: cdktf.stringToHclTerraform(struct!.password),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    port: {
      value: cdktf.numberToHclTerraform(struct!.port),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    private_key: {
      value: cdktf.stringToHclTerraform(struct!.privateKey),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    private_key_path: {
      value: cdktf.stringToHclTerraform(struct!.privateKeyPath),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    username: {
      value: cdktf.stringToHclTerraform(struct!.username),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}


/**
* Represents a {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs frr}
*/
export class FrrProvider extends cdktf.TerraformProvider {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "frr";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a FrrProvider resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the FrrProvider to import
  * @param importFromId The id of the existing FrrProvider that should be imported. Refer to the {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the FrrProvider to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "frr", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs frr} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options FrrProviderConfig
  */
  public constructor(scope: Construct, id: string, config: FrrProviderConfig) {
    super(scope, id, {
      terraformResourceType: 'frr',
      terraformGeneratorMetadata: {
        providerName: 'frr',
        providerVersionConstraint: '~> 0.1.0'
      },
      terraformProviderSource: 'frr-iac/frr'
    });
    this._agent = config.agent;
    this._commandTimeoutMs = config.commandTimeoutMs;
    this._connectTimeoutMs = config.connectTimeoutMs;
    this._host = config.host;
    this._hostKey = config.hostKey;
    this._insecureIgnoreHostKey = config.insecureIgnoreHostKey;
    this._jumpHost = config.jumpHost;
    this._keepaliveIntervalMs = config.keepaliveIntervalMs;
    this._knownHostsFile = config.knownHostsFile;
    this._passphrase = config.passphrase;
    this._password = config.password;
    this._pathspace = config.pathspace;
    this._persist = config.persist;
    this._port = config.port;
    this._privateKey = config.privateKey;
    this._privateKeyPath = config.privateKeyPath;
    this._sudo = config.sudo;
    this._username = config.username;
    this._vtyshPath = config.vtyshPath;
    this._alias = config.alias;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // agent - computed: false, optional: true, required: false
  private _agent?: string; 
  public get agent() {
    return this._agent;
  }
  public set agent(value: string | undefined) {
    this._agent = value;
  }
  public resetAgent() {
    this._agent = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get agentInput() {
    return this._agent;
  }

  // command_timeout_ms - computed: false, optional: true, required: false
  private _commandTimeoutMs?: number; 
  public get commandTimeoutMs() {
    return this._commandTimeoutMs;
  }
  public set commandTimeoutMs(value: number | undefined) {
    this._commandTimeoutMs = value;
  }
  public resetCommandTimeoutMs() {
    this._commandTimeoutMs = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get commandTimeoutMsInput() {
    return this._commandTimeoutMs;
  }

  // connect_timeout_ms - computed: false, optional: true, required: false
  private _connectTimeoutMs?: number; 
  public get connectTimeoutMs() {
    return this._connectTimeoutMs;
  }
  public set connectTimeoutMs(value: number | undefined) {
    this._connectTimeoutMs = value;
  }
  public resetConnectTimeoutMs() {
    this._connectTimeoutMs = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get connectTimeoutMsInput() {
    return this._connectTimeoutMs;
  }

  // host - computed: false, optional: false, required: true
  private _host?: string; 
  public get host() {
    return this._host;
  }
  public set host(value: string | undefined) {
    this._host = value;
  }
  // Temporarily expose input value. Use with caution.
  public get hostInput() {
    return this._host;
  }

  // host_key - computed: false, optional: true, required: false
  private _hostKey?: string; 
  public get hostKey() {
    return this._hostKey;
  }
  public set hostKey(value: string | undefined) {
    this._hostKey = value;
  }
  public resetHostKey() {
    this._hostKey = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get hostKeyInput() {
    return this._hostKey;
  }

  // insecure_ignore_host_key - computed: false, optional: true, required: false
  private _insecureIgnoreHostKey?: boolean | cdktf.IResolvable; 
  public get insecureIgnoreHostKey() {
    return this._insecureIgnoreHostKey;
  }
  public set insecureIgnoreHostKey(value: boolean | cdktf.IResolvable | undefined) {
    this._insecureIgnoreHostKey = value;
  }
  public resetInsecureIgnoreHostKey() {
    this._insecureIgnoreHostKey = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get insecureIgnoreHostKeyInput() {
    return this._insecureIgnoreHostKey;
  }

  // jump_host - computed: false, optional: true, required: false
  private _jumpHost?: FrrProviderJumpHost; 
  public get jumpHost() {
    return this._jumpHost;
  }
  public set jumpHost(value: FrrProviderJumpHost | undefined) {
    this._jumpHost = value;
  }
  public resetJumpHost() {
    this._jumpHost = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get jumpHostInput() {
    return this._jumpHost;
  }

  // keepalive_interval_ms - computed: false, optional: true, required: false
  private _keepaliveIntervalMs?: number; 
  public get keepaliveIntervalMs() {
    return this._keepaliveIntervalMs;
  }
  public set keepaliveIntervalMs(value: number | undefined) {
    this._keepaliveIntervalMs = value;
  }
  public resetKeepaliveIntervalMs() {
    this._keepaliveIntervalMs = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get keepaliveIntervalMsInput() {
    return this._keepaliveIntervalMs;
  }

  // known_hosts_file - computed: false, optional: true, required: false
  private _knownHostsFile?: string; 
  public get knownHostsFile() {
    return this._knownHostsFile;
  }
  public set knownHostsFile(value: string | undefined) {
    this._knownHostsFile = value;
  }
  public resetKnownHostsFile() {
    this._knownHostsFile = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get knownHostsFileInput() {
    return this._knownHostsFile;
  }

  // passphrase - computed: false, optional: true, required: false
  private _passphrase?: string; 
  public get passphrase() {
    return this._passphrase;
  }
  public set passphrase(value: string | undefined) {
    this._passphrase = value;
  }
  public resetPassphrase() {
    this._passphrase = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get passphraseInput() {
    return this._passphrase;
  }

  // password - computed: false, optional: true, required: false
  private _password?: string; 
  public get password() {
    return this._password;
  }
  public set password(value: string | undefined) {
    this._password = value;
  }
  public resetPassword() {
    this._password = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get passwordInput() {
    return this._password;
  }

  // pathspace - computed: false, optional: true, required: false
  private _pathspace?: string; 
  public get pathspace() {
    return this._pathspace;
  }
  public set pathspace(value: string | undefined) {
    this._pathspace = value;
  }
  public resetPathspace() {
    this._pathspace = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get pathspaceInput() {
    return this._pathspace;
  }

  // persist - computed: false, optional: true, required: false
  private _persist?: boolean | cdktf.IResolvable; 
  public get persist() {
    return this._persist;
  }
  public set persist(value: boolean | cdktf.IResolvable | undefined) {
    this._persist = value;
  }
  public resetPersist() {
    this._persist = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get persistInput() {
    return this._persist;
  }

  // port - computed: false, optional: true, required: false
  private _port?: number; 
  public get port() {
    return this._port;
  }
  public set port(value: number | undefined) {
    this._port = value;
  }
  public resetPort() {
    this._port = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get portInput() {
    return this._port;
  }

  // private_key - computed: false, optional: true, required: false
  private _privateKey?: string; 
  public get privateKey() {
    return this._privateKey;
  }
  public set privateKey(value: string | undefined) {
    this._privateKey = value;
  }
  public resetPrivateKey() {
    this._privateKey = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get privateKeyInput() {
    return this._privateKey;
  }

  // private_key_path - computed: false, optional: true, required: false
  private _privateKeyPath?: string; 
  public get privateKeyPath() {
    return this._privateKeyPath;
  }
  public set privateKeyPath(value: string | undefined) {
    this._privateKeyPath = value;
  }
  public resetPrivateKeyPath() {
    this._privateKeyPath = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get privateKeyPathInput() {
    return this._privateKeyPath;
  }

  // sudo - computed: false, optional: true, required: false
  private _sudo?: boolean | cdktf.IResolvable; 
  public get sudo() {
    return this._sudo;
  }
  public set sudo(value: boolean | cdktf.IResolvable | undefined) {
    this._sudo = value;
  }
  public resetSudo() {
    this._sudo = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sudoInput() {
    return this._sudo;
  }

  // username - computed: false, optional: true, required: false
  private _username?: string; 
  public get username() {
    return this._username;
  }
  public set username(value: string | undefined) {
    this._username = value;
  }
  public resetUsername() {
    this._username = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get usernameInput() {
    return this._username;
  }

  // vtysh_path - computed: false, optional: true, required: false
  private _vtyshPath?: string; 
  public get vtyshPath() {
    return this._vtyshPath;
  }
  public set vtyshPath(value: string | undefined) {
    this._vtyshPath = value;
  }
  public resetVtyshPath() {
    this._vtyshPath = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get vtyshPathInput() {
    return this._vtyshPath;
  }

  // alias - computed: false, optional: true, required: false
  private _alias?: string; 
  public override get alias() {
    return this._alias;
  }
  public override set alias(value: string | undefined) {
    this._alias = value;
  }
  public resetAlias() {
    this._alias = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get aliasInput() {
    return this._alias;
  }

  // =========
  // SYNTHESIS
  // =========

  protected override synthesizeAttributes(): { [name: string]: any } {
    return {
      agent: cdktf.stringToTerraform(this._agent),
      command_timeout_ms: cdktf.numberToTerraform(this._commandTimeoutMs),
      connect_timeout_ms: cdktf.numberToTerraform(this._connectTimeoutMs),
      host: cdktf.stringToTerraform(this._host),
      host_key: cdktf.stringToTerraform(this._hostKey),
      insecure_ignore_host_key: cdktf.booleanToTerraform(this._insecureIgnoreHostKey),
      jump_host: frrProviderJumpHostToTerraform(this._jumpHost),
      keepalive_interval_ms: cdktf.numberToTerraform(this._keepaliveIntervalMs),
      known_hosts_file: cdktf.stringToTerraform(this._knownHostsFile),
      passphrase: cdktf.stringToTerraform(this._passphrase),
      password: cdktf.stringToTerraform(this._password),
      pathspace: cdktf.stringToTerraform(this._pathspace),
      persist: cdktf.booleanToTerraform(this._persist),
      port: cdktf.numberToTerraform(this._port),
      private_key: cdktf.stringToTerraform(this._privateKey),
      private_key_path: cdktf.stringToTerraform(this._privateKeyPath),
      sudo: cdktf.booleanToTerraform(this._sudo),
      username: cdktf.stringToTerraform(this._username),
      vtysh_path: cdktf.stringToTerraform(this._vtyshPath),
      alias: cdktf.stringToTerraform(this._alias),
    };
  }

  protected override synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      agent: {
        value: cdktf.stringToHclTerraform(this._agent),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      command_timeout_ms: {
        value: cdktf.numberToHclTerraform(this._commandTimeoutMs),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      connect_timeout_ms: {
        value: cdktf.numberToHclTerraform(this._connectTimeoutMs),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      host: {
        value: cdktf.stringToHclTerraform(this._host),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      host_key: {
        value: cdktf.stringToHclTerraform(this._hostKey),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      insecure_ignore_host_key: {
        value: cdktf.booleanToHclTerraform(this._insecureIgnoreHostKey),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      jump_host: {
        value: frrProviderJumpHostToHclTerraform(this._jumpHost),
        isBlock: true,
        type: "struct",
        storageClassType: "FrrProviderJumpHost",
      },
      keepalive_interval_ms: {
        value: cdktf.numberToHclTerraform(this._keepaliveIntervalMs),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      known_hosts_file: {
        value: cdktf.stringToHclTerraform(this._knownHostsFile),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      passphrase: {
        value: cdktf.stringToHclTerraform(this._passphrase),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      password: {
        value: cdktf.stringToHclTerraform(this._password),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      pathspace: {
        value: cdktf.stringToHclTerraform(this._pathspace),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      persist: {
        value: cdktf.booleanToHclTerraform(this._persist),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      port: {
        value: cdktf.numberToHclTerraform(this._port),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      private_key: {
        value: cdktf.stringToHclTerraform(this._privateKey),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      private_key_path: {
        value: cdktf.stringToHclTerraform(this._privateKeyPath),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      sudo: {
        value: cdktf.booleanToHclTerraform(this._sudo),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      username: {
        value: cdktf.stringToHclTerraform(this._username),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      vtysh_path: {
        value: cdktf.stringToHclTerraform(this._vtyshPath),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      alias: {
        value: cdktf.stringToHclTerraform(this._alias),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
