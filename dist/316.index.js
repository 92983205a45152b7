export const id = 316;
export const ids = [316];
export const modules = {

/***/ 94316:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  defaultDefinition: () => (/* reexport */ definition_default/* defaultDefinition */.X),
  formatPath: () => (/* reexport */ formatPath),
  loadDefinition: () => (/* binding */ loadDefinition),
  parseDefinition: () => (/* binding */ parseDefinition)
});

// EXTERNAL MODULE: ./src/core/input-reader.ts
var input_reader = __webpack_require__(54471);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
;// CONCATENATED MODULE: ./src/core/definition/default-definition.ts
/**
 * The built-in jump box definition, embedded as YAML text so that bundling needs no runtime file reads.
 * It goes through the same loader as user files (schema, semantic checks), so it is documented by example.
 */
const DEFAULT_DEFINITION_NAME = '<built-in default definition>';
const DEFAULT_DEFINITION_YAML = String.raw `
# The schema: schema/definition.schema.json
# The built-in AKS jump box definition. Tool versions are pinned; see docs/definition.md
# ("Updating pins") for how to move them and fill sha256 values.
baseImage:
  publisher: Canonical
  offer: ubuntu-24_04-lts
  sku: server
  version: latest
architecture: amd64

apt:
  repositories:
    - name: microsoft-azure-cli
      url: https://packages.microsoft.com/repos/azure-cli/
      suite: '{codename}'
      components: [main]
      key: microsoft
  packages:
    - ca-certificates
    - curl
    - gnupg
    - unzip
    - unattended-upgrades

tools:
  - name: azure-cli
    description: Azure CLI, from Microsoft's signed apt repository
    version: 2.90.0
    apt:
      package: azure-cli
      version: '{version}-1~{codename}'
    check:
      command: az
      args: [version, --output, json]
      pattern: '"azure-cli": "([0-9][^"]*)"'

  - name: aks-preview
    description: Azure CLI aks-preview extension (installed system-wide)
    version: 22.0.0b4
    azureCliExtension: {}

  - name: kubectl
    description: Kubernetes CLI
    version: 1.36.5
    installPath: /usr/local/bin/kubectl
    download:
      url: https://dl.k8s.io/release/v{version}/bin/linux/{arch}/kubectl
      archive: binary
      checksum:
        url: https://dl.k8s.io/release/v{version}/bin/linux/{arch}/kubectl.sha256
    check:
      args: [version, --client]
      pattern: 'Client Version: v([0-9]+\.[0-9]+\.[0-9]+)'

  - name: kubelogin
    description: Azure kubelogin (Microsoft Entra ID credential plugin for kubectl)
    version: 0.2.20
    installPath: /usr/local/bin/kubelogin
    download:
      url: https://github.com/Azure/kubelogin/releases/download/v{version}/kubelogin-linux-{arch}.zip
      archive: zip
      member: bin/linux_{arch}/kubelogin
      checksum:
        url: https://github.com/Azure/kubelogin/releases/download/v{version}/kubelogin-linux-{arch}.zip.sha256
    check:
      args: [--version]
      pattern: 'git hash: v([0-9]+\.[0-9]+\.[0-9]+)'

  - name: helm
    description: Helm 3
    version: 3.22.0
    installPath: /usr/local/bin/helm
    download:
      url: https://get.helm.sh/helm-v{version}-linux-{arch}.tar.gz
      archive: tar.gz
      member: linux-{arch}/helm
      checksum:
        url: https://get.helm.sh/helm-v{version}-linux-{arch}.tar.gz.sha256sum
      signature:
        url: https://github.com/helm/helm/releases/download/v{version}/helm-v{version}-linux-{arch}.tar.gz.asc
        of: artifact
        key: helm
    check:
      args: [version, --short]
      pattern: '^v([0-9]+\.[0-9]+\.[0-9]+)'

  - name: azwi
    description: Azure AD Workload Identity CLI
    version: 1.5.1
    installPath: /usr/local/bin/azwi
    download:
      url: https://github.com/Azure/azure-workload-identity/releases/download/v{version}/azwi-v{version}-linux-{arch}.tar.gz
      archive: tar.gz
      member: azwi
      checksum:
        url: https://github.com/Azure/azure-workload-identity/releases/download/v{version}/sha256sums.txt
    check:
      args: [version]
      pattern: 'Version: v([0-9]+\.[0-9]+\.[0-9]+)'

  - name: terraform
    description: HashiCorp Terraform
    version: 1.16.4
    installPath: /usr/local/bin/terraform
    download:
      url: https://releases.hashicorp.com/terraform/{version}/terraform_{version}_linux_{arch}.zip
      archive: zip
      member: terraform
      checksum:
        url: https://releases.hashicorp.com/terraform/{version}/terraform_{version}_SHA256SUMS
      signature:
        url: https://releases.hashicorp.com/terraform/{version}/terraform_{version}_SHA256SUMS.72D7468F.sig
        of: checksum
        key: hashicorp
    check:
      args: [version]
      pattern: '^Terraform v([0-9]+\.[0-9]+\.[0-9]+)'

  - name: jq
    description: jq JSON processor
    version: 1.8.2
    installPath: /usr/local/bin/jq
    download:
      url: https://github.com/jqlang/jq/releases/download/jq-{version}/jq-linux-{arch}
      archive: binary
      checksum:
        url: https://github.com/jqlang/jq/releases/download/jq-{version}/sha256sum.txt
    check:
      args: [--version]
      pattern: '^jq-([0-9]+\.[0-9]+(\.[0-9]+)?)'

hardening:
  osUpgrade: true
  unattendedUpgrades: true
  cleanCaches: true
  ssh:
    enabled: true
    passwordAuthentication: false
    kbdInteractiveAuthentication: false
    permitRootLogin: false
    x11Forwarding: false
    allowAgentForwarding: false
    allowTcpForwarding: 'no'
    maxAuthTries: 6
    clientAliveInterval: 300
    clientAliveCountMax: 2
    loginGraceTime: 60

validation:
  continueDistributeOnFailure: false
  sourceValidationOnly: false

egress:
  - host: azure.archive.ubuntu.com
    port: 80
    protocol: http
    purpose: Ubuntu packages and security updates (the Azure Ubuntu images' apt mirror)

tags:
  workload: aks-jumpbox

keys:
  microsoft:
    description: Microsoft (Release signing) <gpgsecurity@microsoft.com>, signs packages.microsoft.com
    fingerprints: [BC528686B50D79E339D3721CEB3E94ADBE1229CF]
    armored: |
      -----BEGIN PGP PUBLIC KEY BLOCK-----

      mQENBFYxWIwBCADAKoZhZlJxGNGWzqV+1OG1xiQeoowKhssGAKvd+buXCGISZJwT
      LXZqIcIiLP7pqdcZWtE9bSc7yBY2MalDp9Liu0KekywQ6VVX1T72NPf5Ev6x6DLV
      7aVWsCzUAF+eb7DC9fPuFLEdxmOEYoPjzrQ7cCnSV4JQxAqhU4T6OjbvRazGl3ag
      OeizPXmRljMtUUttHQZnRhtlzkmwIrUivbfFPD+fEoHJ1+uIdfOzZX8/oKHKLe2j
      H632kvsNzJFlROVvGLYAk2WRcLu+RjjggixhwiB+Mu/A8Tf4V6b+YppS44q8EvVr
      M+QvY7LNSOffSO6Slsy9oisGTdfE39nC7pVRABEBAAG0N01pY3Jvc29mdCAoUmVs
      ZWFzZSBzaWduaW5nKSA8Z3Bnc2VjdXJpdHlAbWljcm9zb2Z0LmNvbT6JATQEEwEI
      AB4FAlYxWIwCGwMGCwkIBwMCAxUIAwMWAgECHgECF4AACgkQ6z6Urb4SKc+P9gf/
      diY2900wvWEgV7iMgrtGzx79W/PbwWiOkKoD9sdzhARXWiP8Q5teL/t5TUH6TZ3B
      ENboDjwr705jLLPwuEDtPI9jz4kvdT86JwwG6N8gnWM8Ldi56SdJEtXrzwtlB/Fe
      6tyfMT1E/PrJfgALUG9MWTIJkc0GhRJoyPpGZ6YWSLGXnk4c0HltYKDFR7q4wtI8
      4cBu4mjZHZbxIO6r8Cci+xxuJkpOTIpr4pdpQKpECM6x5SaT2gVnscbN0PE19KK9
      nPsBxyK4wW0AvAhed2qldBPTipgzPhqB2gu0jSryil95bKrSmlYJd1Y1XfNHno5D
      xfn5JwgySBIdWWvtOI05gw==
      =zPfd
      -----END PGP PUBLIC KEY BLOCK-----
  hashicorp:
    description: HashiCorp Security <security@hashicorp.com>, signs releases.hashicorp.com SHA256SUMS
    fingerprints: [C874011F0AB405110D02105534365D9472D7468F]
    armored: |
      -----BEGIN PGP PUBLIC KEY BLOCK-----

      mQINBGB9+xkBEACabYZOWKmgZsHTdRDiyPJxhbuUiKX65GUWkyRMJKi/1dviVxOX
      PG6hBPtF48IFnVgxKpIb7G6NjBousAV+CuLlv5yqFKpOZEGC6sBV+Gx8Vu1CICpl
      Zm+HpQPcIzwBpN+Ar4l/exCG/f/MZq/oxGgH+TyRF3XcYDjG8dbJCpHO5nQ5Cy9h
      QIp3/Bh09kET6lk+4QlofNgHKVT2epV8iK1cXlbQe2tZtfCUtxk+pxvU0UHXp+AB
      0xc3/gIhjZp/dePmCOyQyGPJbp5bpO4UeAJ6frqhexmNlaw9Z897ltZmRLGq1p4a
      RnWL8FPkBz9SCSKXS8uNyV5oMNVn4G1obCkc106iWuKBTibffYQzq5TG8FYVJKrh
      RwWB6piacEB8hl20IIWSxIM3J9tT7CPSnk5RYYCTRHgA5OOrqZhC7JefudrP8n+M
      pxkDgNORDu7GCfAuisrf7dXYjLsxG4tu22DBJJC0c/IpRpXDnOuJN1Q5e/3VUKKW
      mypNumuQpP5lc1ZFG64TRzb1HR6oIdHfbrVQfdiQXpvdcFx+Fl57WuUraXRV6qfb
      4ZmKHX1JEwM/7tu21QE4F1dz0jroLSricZxfaCTHHWNfvGJoZ30/MZUrpSC0IfB3
      iQutxbZrwIlTBt+fGLtm3vDtwMFNWM+Rb1lrOxEQd2eijdxhvBOHtlIcswARAQAB
      tERIYXNoaUNvcnAgU2VjdXJpdHkgKGhhc2hpY29ycC5jb20vc2VjdXJpdHkpIDxz
      ZWN1cml0eUBoYXNoaWNvcnAuY29tPokCVAQTAQoAPgIbAwULCQgHAgYVCgkICwIE
      FgIDAQIeAQIXgBYhBMh0AR8KtAURDQIQVTQ2XZRy10aPBQJplkfQBQkQrOy3AAoJ
      EDQ2XZRy10aPw6gP/3GUEMUa6mCRuuSOT9UnziPIvXYd63mcN6A6Jwmwj8JaB2qu
      OCijvJkw56UbZK3x1FZIbe0hA6VUAwNSNmSIxVJkilgwIYYFO0tnL79XhIeP7jYF
      ydXLZ4rTi1FDl8lltAujTNARdY8UGg4hGlcM9OrEeXEFLWugJNiChL15FVoxZqIS
      jeduaEqyxGfJnyVwy8z3pZfgODeFr7xs2NkUIMSfuRg24VcL4aW8Frt3jW8P45y3
      o/5fsi6Aw2tZ0wD9NSgkVc8VD1NRV9eSZ95Bv+Awf9IXa+Cn5OCjc8Jc+XF+nLfB
      oPswOO7E8dLiuBUw6/GzSLMbVs8qf8BNXB92dOe1VccVTqjCxK2sEpVaHh7e+co8
      d8lDGBIWMGh7NS6XlGORpFb/T6gxjjOYUV3SKd4QDebUUG8kMkb5juLljOoq+YOP
      vgNLDZLZteFpmH+zB9DpOY1YtHZB/OD+DtzLMaSl6VPF2Ln0j5aQGwNDt7sheyAe
      sXbu0qn2H5FxojSfvhT0kUDKZ0mgg5y3Oflg49MiAOhjLGY0JocFpBeMILw27fbw
      fpIBP7siQWFTFJ1O+l2NQiWAwC2x5fX2EakyCBJmrkPV2hr4nEogNqg9/RDskIUq
      cpcOOd/0BntiXMyUCCH2AoCt5acaTQ0WU6CAosZPojOYhtGGgOgeQSdflpMSuQIN
      BGCAXCYBEADW6RNrZVGNXvHVBqSiOWaxl1XOiEoiHPt50Aijt25yXbG+0kHIFSoR
      +1g6Lh20JTCChgfQkGGjzQvEuG1HTw07YhsvLc0pkjNMfu6gJqFox/ogc53mz69O
      xXauzUQ/TZ27GDVpUBu+EhDKt1s3OtA6Bjz/csop/Um7gT0+ivHyvJ/jGdnPEZv8
      tNuSE/Uo+hn/Q9hg8SbveZzo3C+U4KcabCESEFl8Gq6aRi9vAfa65oxD5jKaIz7c
      y+pwb0lizqlW7H9tQlr3dBfdIcdzgR55hTFC5/XrcwJ6/nHVH/xGskEasnfCQX8R
      YKMuy0UADJy72TkZbYaCx+XXIcVB8GTOmJVoAhrTSSVLAZspfCnjwnSxisDn3Zzs
      Yrq3cV6sU8b+QlIX7VAjurE+5cZiVlaxgCjyhKqlGgmonnReWOBacCgL/UvuwMmM
      p5TTLmiLXLT7uxeGojEyoCk4sMrqrU1jevHyGlDJH9Taux15GILDwnYFfAvPF9WC
      id4UZ4Ouwjcaxfys3LxNiZIlUsXNKwS3mhiMRL4TRsbs4k4QE+LIMOsauIvcvm8/
      frydvQ/kUwIhVTH80XGOH909bYtJvY3fudK7ShIwm7ZFTduBJUG473E/Fn3VkhTm
      BX6+PjOC50HR/HybwaRCzfDruMe3TAcE/tSP5CUOb9C7+P+hPzQcDwARAQABiQRy
      BBgBCgAmAhsCFiEEyHQBHwq0BRENAhBVNDZdlHLXRo8FAmmWSAoFCRCqi+QCQMF0
      IAQZAQoAHRYhBDdOx1tIWRNgSoMcx8ggxtXNJ6uHBQJggFwmAAoJEMggxtXNJ6uH
      RfAP/2CGdSyg0K7U66Vygl0dugxrMm8O3/Oe211BKdQsFUSWAznOTRTK/zvMUHO4
      LJAlYvdtZ6xDa4XHl9FYQ8MR9ZV0OuOlAZvU4IJDLPVCU09X/UzX/GEoZL0R5esv
      wPAXopMaRHCfXJeI/gEaB94UhAeYlwpcRn0eSuk1vyZx7GRE6/hog8DCf4hoT40d
      W20gGe58xcvJ+mRYlC0lr16WH08wuUcee6+dgu+4Cg6SG6+zt9cMyl8VnTUL5BK/
      V3MebnYZJK0RFDNnnXDhzStgOd5gOeIL+xBPXHd0/ld/rDM74SFExpuS+hNsyo+x
      MQ/HJavak21MFinul9COwfGEmlAXTGMY30Lf3Pt/eAkbwgmGc966VSoRmOFEXJVl
      Dr+yJR6ru+7j50z8lAv6Lsop7sun1Qysbo0swf6W1qgPf6VWbx91NTFLkw0+gD8j
      xwrU5ZMkeSuntX9dpjuZS29CflXXIRPlvhuiDPicwTpYuIUx37vHveAH5gnowZg2
      47x780Urrsx8duTX8CI9MAnqzm4dFAiRlwE8bvLk+l9wekiXA9gIMZiVNqNlduXI
      qvAG21Wdgq8qyeXKy/XWCVKDQOmEbFAltfNam8E3KEw0fl199x+93d5ckDGcPzUY
      PbNkCuIwngC/ZN96pDafF3Z12fSNfhZUe0C8td8KAszYa96GCRA0Nl2UctdGj1gK
      D/4jOGhEGTg88VyuPVjeK+zkwrTIZSvHdUHfTt/+rTLSNb/RQiBCUQuEZvafj6Fr
      ntS7bAEhccGqH894T3St5K0AXWkvsLd6K+cbIQdlnFA2zb6geJUCk6qx5NgWpRc3
      i0DS7CheGwl+Bwu7+n9pNjNjiHV+rYDgqbQXG0dtGysB0/3qIRgEDHFO0HJu/dct
      e4oXrQIqrZrpOwe8WxqFqdU918JpSUcc8coiFp9YtwpgqQNxGVZ+rhgnTGdZzk1f
      /Yhhimh+2B0ReaFvk3UzVBj3HQ9C6+Ot3MyDEhSgdhjr9e25Tm9S5YfhwtWmghRw
      9RKPyLMSXSxm/Uc0mK1NucAp8TQBwKqKzNpCk5IdrBSWRUbjOoOFyzyCsY6gS285
      GCpSIzI39hTf+3gdwYPlE6fj+F2TZzdhx62DPnzBzBHnByYTVdJ649bx0FFp4Q+5
      TbIWtxu/AQkRDxmWNQfE+6GgeshlrhXWsh6+PGDzt+2raG6zUT913sdz7Ctw4fLj
      msKOTdTz3Xa9pr8lxfI/JuukSgt9o/n3GirhTB3zE1w/I/Xt6k7oASiP3zQSuHtB
      /CYKYHDtOCWwjo7JPEGtb/FkreKNxsk/p20jnlrB8WZxxswdr2Vri9NmFeyMDVX7
      qF3WqT+8aCV9GtS1GCHx/5nGBdDwoxEsXqpI3IUqPb6FDg==
      =bov7
      -----END PGP PUBLIC KEY BLOCK-----
  helm:
    description: >-
      Helm release managers from helm/helm KEYS (Matt Farina, Scott Rigby, Robert Sirchia, George Jenkins); releases are
      signed by whichever of them cuts the release
    fingerprints:
      - 672C657BE06B4B30969C4A57461449C25E36B98E
      - 208DD36ED5BB3745A16743A4C7C6FBB5B91C1155
      - 7FEC81FACC7FFB2A010ADD13C2D40F4D8196E874
      - BF888333D96A1C18E2682AAED79D67C9EC016739
    armored: |
      -----BEGIN PGP PUBLIC KEY BLOCK-----

      mQINBFoFERgBEADdhgM8EPo9fxnu2iW75r4uha2TrhWaO3EJIo53sa6U9nePIeWc
      oWqjDZqYvIMJcylfocrVi4m6HdNcPrWo5pSWeKd8J9X8d4BUhoKFmJdHqWzgokwW
      Rk06Doro2FHFyHoPPrI3a1HGVWA0xFhBYqSbim4j/Q0FouS566MofeRGnnacJ88z
      Z7yErN5Gy4jk7pOgwvMewoGpEd8FMcyYSJfSjeoqdIZYp89EKTLbgQZuOJ9yVZnY
      c0mtpH57UbkrkGv8hRuViWSO99q/mpMQyWQGYVoTV4QM/0q4jUbkRazaeY3N4hGC
      I6Xf4ilWyNmmVODI6JcvWY+vXPtxIKjEjYiomVCF6jCYWWCA7cf3+kqJ+T4sc0NF
      fseR/TAOkDV/XsZ1ufbSHBEiZTIjLvoAGJ+u+3go+UysVVCw4L1NSGFeDrZ97KSe
      w0MeuV2SYfdZ4so7k4YDNbBLTVx0V/wl+laFtdjo167D18AYw54HIv3snHkjABfY
      7Q06Ye7FuuKzdrj9KpmzUYnN3hRGqe84GIcM3D5+vElj0vyg8th32Dig5Xi38s0M
      sz7hPg+oFk7csslMVAnLtWYvsv2FMSKB9FUHYv9AJ6yjYfyLlQgjjda0z6Sq5zpu
      qVZqTNSxEIZFDKfTgQV6rocIK5VKP063KS6qwpHzPxKADaLTUPOWeum9/wARAQAB
      tCRNYXR0aGV3IEZhcmluYSA8bWF0dEBtYXR0ZmFyaW5hLmNvbT6JAk4EEwEIADgW
      IQRnLGV74GtLMJacSldGFEnCXja5jgUCWgURGAIbAwULCQgHAwUVCgkICwUWAwIB
      AAIeAQIXgAAKCRBGFEnCXja5jjtQEADJvSx67Qz8gTxvUH3HaMsXaeb6BG3zLJXj
      34pqAGNkKB4/ZgpFVYE1R0QuvYn9CbFpD1UcSank3L3xBroeOEUN3kvOg3D6Bv8f
      mtwtW1TDjaWDTa0mZ8icanjXVNfK3K8pAwni2FPrW/tesEt/8GI48ZxPMzHk1qrL
      8mETLRn1EBL3vq5qPDIK87XhhW9WAgwsadn6BQKSTSVVUACBAlV7EbqE4DHqhwYz
      D1HrEIAtXkkb9JJejUnAbiOqPmm9s6iWC13K1P27FB8EEYiKxL8kb7xv5xW7+Pmg
      kb03OqZtZYu9Fl1MF1zVQe4mXVflcbj7mYU1kb8vepD6bOUA89z8FggU2Q38cxkD
      TYQsxpGwWz3nvEu29KbHmjQja1+G5D8kQ8bv1mNdiXQbOz51v2+7vowKKUoPQfp9
      n8Ez4dxWVrFtf218Mtt8wbYmmVYijLIBDArYKDeVqNNua8YC9641DcvRdCCvaYEx
      Q9vWKjpAWmXKy2bb7TQ2TjGRh+Ly47z+PTluqUeYuBREAN4Hd4xwiClRbhb3I9To
      YTJkPOkaOR967zBho5orA8xww4hcsufhjqsoU0/MGbG6jvJihHFR9Jq+0gVzakca
      K8tGRSA8l5xdjow5dVOPzeXuKDPuvHEwa63TWsH5H8s6iembNT1H9bate8wQT1TN
      9PH/6sthz4kCMwQQAQgAHRYhBFER2nPfEtjoEspGLyzbv7s3roIqBQJcET6LAAoJ
      ECzbv7s3roIqozgQAIG5IqJ7hYjndCLW2MBLEa9oA04QSgF9qcqfiG00tjhBVwEK
      YE6r7BUgC7r7dP1xVa/+5lVRATfiJ+Raq7udm/RQsamyp9Q8xBOuavPcJDZMX5m7
      OqPZMs+TDFPYM914GIWPAQf9ehaHHnmCNZXExxYlnZBPFsOcLYSNGH/xQeiA+q3F
      tCOdRhjcpbt4rcx+Jq/l6X3cxstFwcYeljhvebblpwcVNJVArVrWZmosFl3rz3bs
      PKfZKAvjV65knRkra73ZjN+YEYMMr6MzvVh/cnigk9XHgu5Y7imLv9qf1leyFCaa
      oJoQDAcHIfs/eQmaEbYUyw/jX53/PyGqXlmkW7D3wqAGH5yx+ske7otCiaHHoTK0
      vHsEvO9b4dLtr0uMMNRO7St+3EtMa070s537XymG1HSeW8QbVEg/+w2YW5DyTe5p
      WaNJS6WUc7UuIgEWvgitVxhUheZRumh5/EW673yI8iUchGslAuL1W5R1rXQfMPVA
      BsI8D8pWs9EKjP4Lpu1Wgoxm0O4kaAxRbbHjrIYLtoRRrakr+kfqjZ/rJM89JQpl
      NWNBZ61IDKROj7U2kLAxCJSB3RfAuqinyFGjxod7ENW7u6z0SCdupybbmylAfD+T
      t3Z2DBB9tjxNnsgb2pbcm8cDGrJOZhIDdcVChvMXnHNxEmXbHvTKocci0t4viQIz
      BBABCgAdFiEESdCchsPcjaPwoHYiHvYSNH+KmVgFAlwRP38ACgkQHvYSNH+KmVgP
      rxAAkhggTXggRwpWzgU7PRsj347DqtH3f/2EfTOhAi6PGOiw2EFocTrx47WHAjs6
      XFT+c0yHCv58fGHKrrfeOT1VCjk2xf0NSdf00CTHO+DqepNiXzFYCJ0fUTL3w2JC
      ugrfhwEdVH3TYJffFlmi0VZVCrGT3ZU1H+N/mVcd4FniOPWaGYoSG15iift4cAO/
      CynMFUbl5NYCuE/z9lR8o/3KSu7vuffLsvXdkxCX6fjxkSWcBKgH7ts7OWyPv9H1
      r/I295CoG9ZmeKVtScY7lamb+vOw9ryHbTACo0aprPQ1kCjr+3JIJdodNkRQvzZX
      Ayxmc/zWSmPlJ7zjVkmoLaU7YmN7dPaVpQiELQGKhm/TyH++ZxoA4Rw4dwtqqk86
      +F5ncsqJ107IW7ce6lnZVEvUBD4DHkMRQQZOA9hWBxVeDznjXzfpNNTB07mtzArG
      nrbbnNu3epUPthZlhQ8C+dZeBOfGzyr3Aj6CQqKMziiL2Tf4Coa7PhHRBs6rf1PD
      xNhnnybCvaMJEMSyX6b/lqb967yVI6g3TXQvi0cGGvYmwEBOiKkXSRHtQBjC1Ocq
      qUjzg1dvyfJu84S0kSt2oEHL5n1TAvIrwqNNOwS6CL0x2pSLOVhZmpummSqybvsF
      YJjctDJvBA7URB9asMOK3CS6UsJaVzUFkybxaYIdUPylh1mJAjMEEAEKAB0WIQSr
      olKVmPZibEINM1ti9J50fZEbYAUCXBE1mgAKCRBi9J50fZEbYEcVEACOTG1qO0m/
      +8T2S8rskKDrgoXMi22x3n4SqdKIA5TwWdWp18nVyXIxUWvI1cS73WupHNtEKTLc
      +yObvNo1N3syj/5c14RcRLUcWTFKs596TcUP5/xNH33j0nFplKplBP4MegnduXsB
      HibxiEycpkTFVxc3xbW9KeWSzqEHxxOXE1okL0SDWTj/oNRToaDc4zdm26veZd25
      ycxqRkksZZCPuczqb2SB/mDqHx1jl4z2B6CzN3OUzMk40a77xwZXKNGTO4+fMEOJ
      Flch8YQXh+gPbS1F/Q7qCrQOkhoV3nI/0CxNgWNcPrUd52xtGHzgxbdrgT7L0XMO
      /KmIu1O8E+znjOxcSAklwh1xLsT01193vbVyW2pcmmtqo1ku0taLlw4T7VHQNb88
      uOKucXlA10L2lFFnqBWLOuZDcVpgywMjIrKTPoEpDcVPaBUDQCFBZE9ogA/Edhlo
      mxGxhtzG/O6wwFcLoleMH1Lf6zMxhwOAIvkWVjsuQ312uVy1RNY7b3UFrxOw8/qq
      UBy6AFE/dp9PF8BIQ37NHKeAlvCexEedwJi4RwH0hUQkBhxBeNrTOEE7cCaZ9Shz
      IWhPKxSRKKblYY4fpDzl2uMBwdetk9jfZF2ofoSOKXTVh+YJ8PzncD6xJVesbMIW
      0aPkERdmz8JeGBclBR0miED+zidofWCgD7kCDQRaBREYARAAqiqhYIA3ci/sJ7y3
      mJaQ/lsL2nsy+RgW52ETpLp3tIO2r3rxNn7CB/kJhPimDIo4OJSV2bl3Sr2llgwX
      PrBQ+Z5bCUV70uc1U0vvJEW/r9tkyOu3YV7VXWXtaQWkCgxIqWgNJvU5A/9/6vz9
      u1RdMZwxpjy/4HuWvHYRXlJmeeca/BEoaYWMRlECuJjIBcAzuVJTlKBT7x7U4Ptc
      qqZGbzr0+zU39y1kMXu/ayldlsF3k6DKYZYNaa8cKNqorV0FqBVm1JZSjiAAWqGp
      tmYxUmv/riY6cP28tP3G6noH1XqzEvZ3fdYIsGM29YQ1Y1vrVrrBVju/aMzss498
      czxMtp8e0sudHt+ommUDkA2WBEPuqJPIcOj+7bvFiv6smyxcU8VmsyEapknq+Dq8
      wG0w3fGsRdy8puc5COz/3xuiFlHQ97wtnnmyWbmdQmx7EfZcGWFfnK6HwEXAbcjO
      aaFwSISK8ROgqoKfTss6/8Go+vbmtKJQH2w1fQArnPHGu9qFM/sBNhZ+ieiZ6x1H
      CdU3qvuycFZMSsMhk4ER2vJdeJ8tu2jUhMOIuA/VUgUblCJkAaBE9wXaiibCZ/XT
      XBXVb81v+EpLsoc5G/wrg35D5U/Gqqc+KAABK2zHa4L7rIs6jb2daeRrUBytsWm2
      Exq5sE1Uf5mioHtZpbr6rKIGzT0AEQEAAYkCNgQYAQgAIBYhBGcsZXvga0swlpxK
      V0YUScJeNrmOBQJaBREYAhsMAAoJEEYUScJeNrmOb2oQALYcLV3wFFR5v9zpEPdS
      haOIpYyuFBkN0FoID+w7Hb7R3pyl7c6nLI9tyFEkJBM1faGke8vKj6HZSfcyX1Lo
      2rBL+yW7Gu8z3uEbkTnPFew9LnutGFuFTnbpVdLcpsbm2lG5yhdmjvJBKI4CfX4Z
      UFlhyGtwqsl+1lpUgvOuMI2HjyHcFbzkhiSRDQvtXCgJu6orjzEvqiKNM4MM7PMJ
      AwU0Lf3NV/p1H2mFllfotmXVZ/TjXuGcOYH56gcf4XpkuD5Vb2Qhu7IbR6TneC5j
      yPdC0yQYcXqrpYhNBmlbXIoEL1m0xXhrFVPxS3QeMfkhQOqjvhaxBGCt29YJaTfQ
      ugN7I1YfEJIxTap8xzEdJ+80YL3iNCIzaWSsd/xUKpobHSsu4RU1cv//S+5qD3WZ
      NfcUoBgmfPC7NXCoKrEVXk5QKh3efKnAkMQrxdWRiwSuenf4Yk4fWXcTyCXsMPVB
      qjcZRuOpow7tU9AuBoMyJ1XrznHoubdnc29iGN51Hrhvp/uNxjsCgPgQtpL/8znk
      dgfzXU5CYJDYHa6fubUTHVZfLKbzBEI2XY1nqVu+QEO86tkY9Ef4PFMknThTAJDC
      ph3xIx/sBb5s3c/XH9JgWEiyO3rMEzZecgF34OJgwnc5gl63a4k1cF0cxzkCZYi3
      k6XI/RkkRzdN1CSdCapbDJDvuQINBFoFEeUBEAChZUqlI7FLQIY6GEo0bhJ4oMp2
      jQi22zb9ZmqqcmRbWfNKfCfm/cXNDabccqzPRTWezq6hVYYPz6cSnzXpxPBIQufZ
      IoMVLKDbTS0RTFVwQsYu9qGdZ52J2bq6qMWK0I2n6lECNkbOB0bZ3aPxe3yw4McP
      6u+SU+b0ArMvIGqq1cmKSpkAQB0kBK/gGzEj26d30jMSN393BZ/ESEs7PZyaie3O
      CdT71Cmh6xNxv0IwmgbUo54diXL9hEYTrI3hPyCKFeAoiTjlpz9ah7DPoOHgd9lD
      Rd4a6VdMrdz7m5aFWo/NVuoty9spGYLG0p9N7zSaUAdO/96mn+W18hbL7EkU7/Db
      Ubt5ZP34YOI46aI8YRZKiTq6NI4WglZDxu9PFGoCx4lyvhgKOwcQHySverAyb0Y1
      qeNCL9uk6oBHB2bXlAhBBOORtL5rGD+ICCuCV4g1ZEoN7sJBMxNMXORzRZ1crdlr
      10lld/Mg0udl2Hgatfx+i+Y0ae/W0Ibr417H5q7iHr85ivTQ6mRU3hMuzQSoWZK8
      vixjvOK401Gre22q5jq1IPinACcu6VUto9Wbo8C1msSsWgHrqLRFeqp18BoIVY5s
      QCvcsGlyD7MdJQohpmJ7al/kNVOidhGf7TtcSolWF7gLZacMRYbGWhbDhpOIhIpl
      jiWTg8oWRl9KPbwzBQARAQABiQRyBBgBCAAmFiEEZyxle+BrSzCWnEpXRhRJwl42
      uY4FAloFEeUCGwIFCQlmAYACQAkQRhRJwl42uY7BdCAEGQEIAB0WIQRxHyjVEOHg
      vL1fa/6UNugL+6RpCQUCWgUR5QAKCRCUNugL+6RpCSgsD/40XzObgPRpbIRQaJL1
      FgynrXUh3dJHdqB5Yi/pYshFuI+nnjpAGTyYyk75WlfvUmzY4HgNmh9yCjWketc0
      SdulPkWQ093Y38bQ9WGVQ7NLnZ47AUTuImqEdKcR4wu9F3nGD+cyNWE5fao62tYd
      hlzrP1rLz8kALtswc9PVYLEKnqNCBtlGoWdeW7K1lYVG4666/uYvHzOzsUQ0MqVT
      HDjpvxEcVRA0EW47m2TVj6IYAsM+0J93aFRr4OKXf4bu1ejxRz4Pdx73QsjeZwlN
      5F4FpnmegdUbNR3azeGcF0qiOjPCNu3xi5lDFPKCRZLnCAqMsvv92Z/GWryNAuDj
      H9tsmbDUwYXc1QUbdsu+p2jVm79yPgJUIvcy/kwOd0/GYUDOme2NvhF252aOO6Mt
      OnTCrQoX0mIY/IisIjwi+2LEpQVyNDu7AGu581LYFGhBDUqiy5CyQ2neHS+k9iq2
      06dVdqETpiybizUZm2aQ8FlRV0j6PVKrqAzi0cMYJC+Gh/fNvx61goJ1tEDdh+LK
      Mw0Js7OCtH7Wu1D0U/qDl3137PIBSv10BZ3SkbZDqivV5YhyGhvEewiXsbamE6VZ
      AHGZ5pfd/0tkqAW9UQqw1AdqYBsAtE4yeU63xPcz7B4VyyIdRNxnjQiEg+SEpDyy
      Gl2kGtt+cIbEYZovTrrW2cM0FzGhD/4rRIDfd+IvhZ86BbYoIv4oreiZVjIhFAYI
      7e0DfVliBXNOHFErghu3FisUrfTM5g7RHA0Snk8OGO/Yu2mSXYKVvygIlfi3i+7B
      0eZxhZEOsHXgO3v4WtY5/67Q1XXF9J7MY9Ke9gqp0E8HRFsECfEoSCRdaaic5PIT
      veUEkHs6q6W+J5ULNTqdWsmSdgNWQh3Zbhh0Ih9m9nioAlZHaKnEZXGt8GsUimr7
      ffRuYgxF+kuWT8UwQu0Tc47QrYgZIpxH4WI6Rc6qKAo/4DLK2Q3Y15kJFqi8He0t
      U7fWXMtrdQxxkz94WTFokISVVRZxSfZ8VkGjVHAgk6NVBgp+2zjiwfwS16qbOUOY
      ikR3WTCbyStdePLaXgAFxA7g/pl5/f0IF3/IoGdTGjWoRqnBZG7NfP7bYF1CKe4f
      a87Z47LriyL70BFosJqBNMJUEorS9w8sBbnmMUdpGMyk7PH386W95ib7AEOtRttL
      uzYetY4LljxgMsloRgYX+Kg5i6fkntG6rod8LNYg7jWObWaIqlPoTo1RNoujYAnE
      qdCDQHoUOgtZ4v6+QaxI3WV1KPBsPb7SAjuphubIQVK/6qHse9OoWVwWAABXHFqX
      2qV4dyq6mq87ohTcRrZqt64ekD8H3Qe4xkYSzsWZTc0qovhs+G+dSTJ709xuV2EP
      +YMbPW0/IZkCDQRcDFAHARAA6ZUPprFC2eJLdNW1w72eujElXuRYtXD6gGv+f2bW
      h2Vkiq3DeitHGnaaMyae+B0mczkS2Ff+dBBsF1PjhtXRXu9xW7EwoEMiwm4fzo0/
      hMaued4Ng/yAeP+v7wrPV14mHSqLdz9jbByOkanhqoFtiJBVbDFzti6tVyhU1kJ4
      juz4R1vJxk67m+x68UeovSh7VbcS7Pl6F2OyY9IAe1skZGIxy17YuFbb3AatFit6
      UoBCMuTMEVg3qZpXvJ/BCWa4d099t2DONTFyhk9NMAkijG0hyTu0LLIjnWvV5bgt
      e+Rw34oZt6uTildmWCGwobEMbic9WPe4cGeSpC5//1tqcU3ThJTnMpxaUDcew+G+
      lEz9gwgkXJ+NUogyMh4NuXFF1wJCVpWEQ9ZKBnywYqSQNA3CqpYd1vvMzX54GdD0
      scBbScEq3mceSObhwICjuZ0uIS8RmFDL/jLEihzGEeqpKhYNRGperU2uvGzxU288
      qQ5jFCl2U7GbWe/VqCFFPQ9zvhfmfa8cGkNw7+yePRXWyzwd86hDal+zlh2d/JuX
      bMHkxYUIvuAGgyxDIqjItu0nz5Bdf/iQ3NUjqC1aPUILpKoRZc+qhCG7ney1H6Xi
      gUTSbH3a+hxN3B/DFhyJ55SePQ3taC5eW8AMEnEIoOY5r+Q2cTeanU4OuL4KK3gS
      4LEAEQEAAbQcU2NvdHQgUmlnYnkgPHNjb3R0QHI2YnkuY29tPokCTgQTAQgAOBYh
      BCCN027VuzdFoWdDpMfG+7W5HBFVBQJcDFAHAhsDBQsJCAcCBhUKCQgLAgQWAgMB
      Ah4BAheAAAoJEMfG+7W5HBFVCD4P/3CvM2gDlCBQpUN9U3kJ8B7CcHATHkUXoFI7
      eHCGEo79xaDXuRECsYKcE/9YnoL0VEY8R24UhNKWkPcLIvE6+WILNAySw6eDyVWb
      VRyeagd101bgoqsm/dJCBvqJNZvBRwcKXlO6NmtOSJ2MCS1qMAUE7pYa0uFSs6z7
      NpDLuM+QJubG7O9H9IUS1FxphABVJ2ZvpaRePPzwjDUj68YGeq7TarV6vKAsjzb8
      jvDrtd9Lb00qB8eU6G890Z0ng16YnQv2da0BquEqYvmtFsAvQQgKw77Tq0AaHkBY
      HacuTrBP7UH0DRH38i0S5QGYF3sDgvj3hfsa8/pLv6zAZbf4dIeVHDEt46FB00Wc
      kKAOXc1mYSvKTF2KaR1ybcZdHzUhtax9b7E7vjI8ZnfXgcGg8ZwRcMwTrpIsElIF
      ta9g8me0vtuWVutpXM/xPfrIFlfzxkfmChm7A3Z62j3UBHPeZPDUJ2LF/+2Dv1ly
      Xz+wnanfF3QAFVuv3RlKdouEKIBGJPhnic96ySStuFs4H9hSd9hbkh/LjkFB/d4e
      UGWyQA/qQ0dqmQGYwh2AIL0rqp5g5Xn7xveU8CFc8tzhVmy8KemMgXcma3aU2nxE
      eM5Ne39BxcUt89yxtC7BFh0ocXHI846AFHqaQFNEKI2oN5Ci6AsL3mpmyHY1yMZY
      ga/0tlUliQIzBBABCgAdFiEE5WGzTOdnP90TvOw+9UmC0hYIjuEFAlwv/PYACgkQ
      9UmC0hYIjuGHzBAAku//dFb8oW3EGAf9jenWGLlXeLTEaTO44Fjui6gw4dwvUtjS
      Nm88MRhQUZ6lfTenw/si7oP3bQD6uQ+IuwF80ajwPF0NpMv9RCTr+RJjpejWJ1GW
      nxATAzGouhelzo4tiUe2+sZUQuxsM1HTEda5/HsgsbiaG4AfsDM33EgJ2g7B9alO
      2uaIRHsLUCIBHCy5oi2qQqjV5tJeaCGEEMqW0a6IMOHj8PCnCw63kbTwqT3SyE4a
      nX5Fy0OvWWcBndfj4OsYLuzCYIJzatkWKK7VvycfVlBbNCY/XPmM+aT3kJnNY4xe
      Lh78X4tILcBai/m7vh38SPx4rnZM86d7/i5Zo5OkcqSaMCy5OXMTMb+1zHyt3Cyw
      zubsNKT4qpdX+LuD92HkS7+WBYfEka5Pz2nRKha9dJiDpq3gEqvS4ryZIRivXqkN
      F+80Hx5g6kt58OtqLrKpZhJXd/TCADJ9NgJPYvQg9jNxtjuYAgHL5xZVm5ceQjfT
      43OpDm+dlngzGIrFJipyJAoc7wJX4fD4b0Hy1KSjdQJs1DnFyaJKbtWMezhmqA53
      6V0h0vH3vKbtIzLBIZarDcTUusuTdLVo8Y2IOw9UKXqtzuKH7eB4jt2XzDyOFdbW
      rX3qIZ44nFCZKVbEuEWcm7vGqjRnPIv4IGoIlnOdKMnSvC6fdOl3znBHq7eJAjME
      EAEKAB0WIQSrolKVmPZibEINM1ti9J50fZEbYAUCXBfOSAAKCRBi9J50fZEbYNDj
      EACqqcRrQLmjJJ62cZ8bvsuBV161/1tky5RezbO9bqV4YrcElpNKVSYvjmVLyBo/
      vMgo9jBIOqOagST8qPE7sCIdWH8QWIoGOR5rf7lVWygTP1V8ig8cxq0rbPq+93MX
      9waT38gDQWvdC4yh7xb9HM7ubH4kTB1PRgjnoZwbpHWfT4TjnEblJR6B5Un9tcfZ
      MWtbVBT1SXnqFTjpzjQyug85ouhqBkU6t1/x2diY4XHWEp9+8/ysZmf0jYsGretI
      MOcyR04dGnTOeIcLHbKePP2r6RfAZU4F7KB+XVXW2jk8jRlwW0GqC9PRWNsdnl2h
      Qj90WzFivE6VodCI7P9ySxSdtI672arJsZsCF9uU5gW+FKEdx0hBxWrGKCMb/5nu
      leKAew9UiRd6ubHD50c1dyOcAkZYyiXDR0GzW/3PV57eVFZyx0bZGVvzVMPdx+Qa
      teXZKuFOoqawtBII34lsthLHfU4hm+ZEbjdP3blGP3e3XsKdbSRg0WQAsFsB8mJD
      4jwOoM0HzfN8pNvXr2Xl9a0gbJZ10i87sIVSXNvCjWQnhHAtqNSZ4p6n6qGJ8qYE
      hTkuQSumRuWCQ9IJChV/iJgvDkirCCekMq88jgW+1MEXCuapb2GRmIK7fgfphQ6c
      Vj5M4KXzHgrxNJ1AoCgzYNGL4a+cPSYSvuPUJ+k7kwAzCIkCMwQQAQgAHRYhBNqP
      caPIrLHs+RQuHhNPwVVYVtpPBQJcEszGAAoJEBNPwVVYVtpPIxEP/3FePpHvHh4c
      MMQj2XfpQJr4M2pcEomWfB9BIAAdnCtC1xBXtO1xisXtrQ5H+RQyEHDZu7CJNDnC
      4Sc2F9KfTwO2cztrWbvELmZVKreFZwy+wd8Xltkod0kxJsPNMLm5IGrkUcrH5QBy
      MN3nXIZyF/R6ueTCwQQKZUBZKQP2O2q4NwZ/L//GEJVC3N9MUTvBKMsQ/s8pfiHP
      sRbRVMTXP9nZKpHY6tDoavPcExk8tI2kiPCDYWUxqkdHBGEDymQ/j11FMpv02jyi
      Sl2oKsZrtl1wb+kD6eOmufL4gcTI+vn5dSSR9w8TRfWGPvu16fAnJAN0ygwPYcTi
      SusG608wwQwfrY3MEeH3/EC7/wld6bMpNn1/QhggXa9JNEgjEEhXBzPKSmoJMkox
      vhCdU3H5X1A2Niw9959gQSHQmkE7urvmXqqtnukd1F5v62l7hq8VMc7zkASIW+12
      gup4Xw7vJNO8jf048Kfq4B7faLh+KXxWxqb2iKJgSauqZEzpPcsA7R5UmraqFZG6
      2yqTc5sH/M+6bfiArSqgAFkEzxTw/N4enpT9uhipbMl8oU+xzZilB2lyJxG2g/iK
      AifsGPzt4oB1dg5+EJZUgUgYWJYZerrZj9c6sCSdKyN/Zj0vpzFzoRgfmyfBMwBf
      9zeSest0xhZzBCQ/KoHaQxIM7Yx1EgMtuQINBFwMUAcBEAC6mIpJJNFK+IJ/T48b
      Y1uDsUuSeHv7tFMjrL/M5xTOwhvTXYWva0LP+3OzRH93viumu16ocwyrchgBVRZW
      QK8W3ul/HlFdTonTmh+Os9r5rVjiWByLqVx5V0vS3lzTvqSYwjRAM5h2xo6ZIxrT
      c+jqZeFGni6DBbm0VYl4bw/KQRe9nRlJafJvlOMnlydN/6tLEfeAHUwPtTsxndvt
      bOz7y+VwMQcF6sfYHHDGIazUT8gaP8kQPln+HsMJbiFQTIvXKUdbDReCEyGAh+It
      5n+DSb4Oz9LDwWNLPZNo7xxi6SDWxZOj5DLWkaapoMOvebM089ehqdI+NYUZxIey
      pxp3hKfklOgPAPVBp4zPbqUf3defdSOYE9lPukNOQfEbSUFJndxwXhxAYH7Y4AUd
      LbLR/KnmnF3OFfNThpX97XWD/y1YICJb/FeXHUmeAXdwV2Fo9kyHNkZsFgNi1n+E
      gOiWL4RH6TsTs86YZYD7WRdJJ3hIFf2/w/ykKhJOzMmZd4DfizZPs1+1SdkQ3lIl
      J6MWQxSRoo7G2Xe8qAy5GLxohZHEFzkbNs27nMHlV1ytRsrJI9HNyIeLMmGJiktF
      iRzBKMyVJW/NaGu5EnNlxQK3AJz89nNchK383AgJYPxyJpGZgIFagH7kcsWeNuhe
      wmLnBwDnBDe26SKzpKhad7lG9wARAQABiQI2BBgBCAAgFiEEII3TbtW7N0WhZ0Ok
      x8b7tbkcEVUFAlwMUAcCGwwACgkQx8b7tbkcEVWxWg/9Hue6z9x/ta1KBoUTtKHi
      L3kKiHXfVSyl1GLsM6Ctxy4NwWFAxDdN0UtCsjTGJR6Z48hZeS9ibl6hoiXf3rto
      kVwsFDEW+0j7x+4MqWtTVCubXvOfmPCYVzjI8GZJct80tp0U8rx8TJ/RFezT5U/6
      BFbv8KD6zKO185jwobr55PKS1gVtOMIORuWrQ27ufkFWZXnDQq7UWCYPwnfGpSqS
      UnmV+8t3Mn3tj9tBr9FDoqSlmgBS+ecxS25rux1lbpmACrOk/l/6WapnHzGlcKHS
      AXkScUSL5T5KwcZY2oWhRjnYCehVZ5jt+LqGHKXdNfTRK/YGz6GhVpsN+4d053Ol
      ObCwKLmleABEVpsATyFU4s2LdYfEI+KsgYSfkIGTIz5Uah1j2aIB3zFw0FeIMN44
      L1VkzFadWYA0IKxTW8NNgqj8ILRZ9eVTcAL/+L28k6EYXN6RueHt8cHQBTPEdrjP
      ZRySrh2n1u2hVJO2gNtJPEhtgbGWpW+rWSxsYHGTsDHTt5ZyzD7tSOaDi5eHFaFC
      EWcbYJq20ETmhnVxiIDu3yQV16IDMY1BoTKJWvr+oqBUKWzpyUQK9gFFQQq6xIB6
      KHQLnxkw7p5N/AZIB4Nyx4wmwjRFZEitkzE+vQOfIsKWPVlEJaYbIs+FgaWn0j27
      /40pbJu7ikzVrWxRgUaSchKYMwRmjYLrFgkrBgEEAdpHDwEBB0DyQJZoj4WUJptx
      PDwRV6IySiTJYNqWCX8iducAJwY3V7Q3Um9iZXJ0IFNpcmNoaWEgKEkgbGlrZSB0
      dXJ0bGVzLikgPHJzaXJjaGlhQG91dGxvb2suY29tPoiTBBMWCgA7FiEEf+yB+sx/
      +yoBCt0TwtQPTYGW6HQFAmaNgusCGwMFCwkIBwICIgIGFQoJCAsCBBYCAwECHgcC
      F4AACgkQwtQPTYGW6HR3JgD+LtEHqbcxc0Dx6LsYPy5BWkt8JGAQWypJL8DMA67w
      0aEBAJvDWRYvcBSWXsoq2JBQT3qeEKT4eeRB5WRZhL4xnW0AuDgEZo2C6xIKKwYB
      BAGXVQEFAQEHQIIDoC7iSstiKdCr1oCzb18V5G7/J7c+pC7PmNnavVJwAwEIB4h4
      BBgWCgAgFiEEf+yB+sx/+yoBCt0TwtQPTYGW6HQFAmaNgusCGwwACgkQwtQPTYGW
      6HQofgEAxLAQgaShCXXQs3crpXTxWkWaeIQ2YIMeyFdirSAaJMMA/0WxeXZS2YVT
      nG5jEfh9EojGCbElEAUxYjy7dF27+z4NmDMEaYgDUBYJKwYBBAHaRw8BAQdAWKYk
      FrwgmfaY/hUq5Z2YpEy8WACKclo2eV/n1ausaEy0JEdlb3JnZSBKZW5raW5zIDxn
      dmplbmtpbnNAZ21haWwuY29tPoiTBBMWCgA7FiEEv4iDM9lqHBjiaCqu151nyewB
      ZzkFAmmIA1ACGwMFCwkIBwICIgIGFQoJCAsCBBYCAwECHgcCF4AACgkQ151nyewB
      ZzlP0gD/ZFhm9FikdlZO5pW7xWR4YnP4yFAuY32G9dNdFn1x1p4BALR8Rtpp68eC
      9R8bq3/r1dK8gwig8DMWirdYaf2ePKoLuDgEaYgDUBIKKwYBBAGXVQEFAQEHQJwM
      3R9CTypooHz/4w1waXAct8K2wA1bwi1ryfb6uMMKAwEIB4h4BBgWCgAgFiEEv4iD
      M9lqHBjiaCqu151nyewBZzkFAmmIA1ACGwwACgkQ151nyewBZzlgYAEAoVwYdoO6
      f3VwGukpv7RtKwF7PQC9AnBUx98TZZ6tIaoA/RR14NXYYcd0fCwN6sFPq58/NbNk
      RHBrfw1CntxiJcYD
      =tW82
      -----END PGP PUBLIC KEY BLOCK-----
`.trimStart();

// EXTERNAL MODULE: ./src/core/definition/default.ts + 1 modules
var definition_default = __webpack_require__(46161);
;// CONCATENATED MODULE: ./src/core/definition/extends.ts
function mergeByName(base, over, merge) {
    const out = (base ?? []).map((x) => structuredClone(x));
    for (const item of over ?? []) {
        const i = out.findIndex((x) => x.name === item.name);
        if (i >= 0)
            out[i] = merge(out[i], item);
        else
            out.push(structuredClone(item));
    }
    return out;
}
function mergeTool(base, over) {
    const b = structuredClone(base);
    const o = structuredClone(over);
    const merged = { ...b, ...o };
    // Nested objects merge field by field, so `download: { sha256: ... }` keeps the default's URLs.
    if (b.download && o.download)
        merged.download = { ...b.download, ...o.download };
    if (b.check && o.check)
        merged.check = { ...b.check, ...o.check };
    if (b.apt && o.apt)
        merged.apt = { ...b.apt, ...o.apt };
    // A pinned sha256 belongs to one version: a new version without new pins falls back to the checksum file.
    if (o.version && o.version !== b.version && !o.download?.sha256 && merged.download?.sha256) {
        delete merged.download.sha256;
    }
    return merged;
}
function aptPackageName(spec) {
    return spec.split('=')[0];
}
function applyExtends(base, user) {
    const u = user;
    const out = structuredClone(base);
    if (u.baseImage)
        out.baseImage = { ...out.baseImage, ...u.baseImage };
    if (u.architecture)
        out.architecture = u.architecture;
    if (u.keys)
        out.keys = { ...out.keys, ...structuredClone(u.keys) };
    if (u.apt) {
        out.apt ??= {};
        if (u.apt.repositories)
            out.apt.repositories = mergeByName(out.apt.repositories, u.apt.repositories, (_a, b) => b);
        if (u.apt.packages) {
            const pkgs = [...(out.apt.packages ?? [])];
            for (const p of u.apt.packages) {
                const i = pkgs.findIndex((q) => aptPackageName(q) === aptPackageName(p));
                if (i >= 0)
                    pkgs[i] = p;
                else
                    pkgs.push(p);
            }
            out.apt.packages = pkgs;
        }
    }
    out.tools = mergeByName(out.tools, u.tools, mergeTool);
    if (u.remove)
        out.tools = out.tools.filter((t) => !u.remove.includes(t.name));
    if (u.steps)
        out.steps = mergeByName(out.steps, u.steps, (_a, b) => b);
    if (u.hardening) {
        const { ssh, ...rest } = u.hardening;
        out.hardening = { ...out.hardening, ...rest };
        if (ssh)
            out.hardening.ssh = { ...out.hardening.ssh, ...ssh };
    }
    if (u.validation) {
        const { steps, ...rest } = u.validation;
        out.validation = { ...out.validation, ...rest };
        if (steps)
            out.validation.steps = mergeByName(out.validation.steps, steps, (_a, b) => b);
    }
    if (u.egress) {
        const rules = [...(out.egress ?? [])];
        for (const r of u.egress)
            if (!rules.some((x) => x.host === r.host && x.port === r.port))
                rules.push(r);
        out.egress = rules;
    }
    if (u.tags)
        out.tags = { ...out.tags, ...u.tags };
    return out;
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./src/core/definition/source.ts
/**
 * A parsed definition file: YAML with line numbers, locating a value's line by path, and errors that name the
 * file and the line (SettingsError: exit code 2 in the CLI, "Invalid input" in CI).
 */


function formatPath(path) {
    let out = '';
    for (const seg of path)
        out += typeof seg === 'number' ? `[${seg}]` : out ? `.${seg}` : seg;
    return out;
}
function nodeAt(source, path) {
    const node = source.doc.getIn(path, true);
    return node && typeof node === 'object' && 'range' in node ? node : undefined;
}
function keyNodeAt(source, path, key) {
    const parent = path.length ? source.doc.getIn(path, true) : source.doc.contents;
    if (!(0,dist/* isMap */.jh)(parent))
        return undefined;
    const pair = parent.items.find((p) => (0,dist/* isScalar */.jn)(p.key) && p.key.value === key);
    return pair && (0,dist/* isScalar */.jn)(pair.key) ? pair.key : undefined;
}
/** The best line for a path: the node itself, or the closest existing ancestor. */
function lineOf(source, path, key) {
    if (key !== undefined) {
        const k = keyNodeAt(source, path, key);
        if (k?.range)
            return source.lines.linePos(k.range[0]).line;
    }
    const last = path[path.length - 1];
    if (typeof last === 'string') {
        // A key's own line reads better than the first line of its (block) value.
        const k = keyNodeAt(source, path.slice(0, -1), last);
        if (k?.range)
            return source.lines.linePos(k.range[0]).line;
    }
    for (let n = path.length; n >= 0; n--) {
        const node = n === 0 ? source.doc.contents : nodeAt(source, path.slice(0, n));
        if (node?.range)
            return source.lines.linePos(node.range[0]).line;
    }
    return 1;
}
/** A definition file the user must fix: a SettingsError (exit code 2 in the CLI, "Invalid input" in CI). */
function definitionError(source, problems) {
    const sorted = [...problems].sort((a, b) => a.line - b.line);
    const seen = new Set();
    const lines = sorted
        .map((p) => `${source.file}:${p.line}: ${p.message}`)
        .filter((l) => (seen.has(l) ? false : (seen.add(l), true)));
    return new input_reader/* SettingsError */.G(lines.join('\n'));
}
function parseSource(text, file) {
    const lines = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
    const source = { file, doc, lines };
    if (doc.errors.length) {
        throw definitionError(source, doc.errors.map((e) => ({
            line: lines.linePos(e.pos[0]).line,
            message: `invalid YAML: ${e.message.split('\n')[0]}`,
        })));
    }
    let data;
    try {
        data = doc.toJS({ maxAliasCount: 100 });
    }
    catch (e) {
        // e.g. an alias bomb ("Excessive alias count indicates a resource exhaustion attack").
        throw definitionError(source, [{ line: 1, message: `invalid YAML: ${e.message}` }]);
    }
    if (!data || typeof data !== 'object' || Array.isArray(data)) {
        throw definitionError(source, [{ line: 1, message: 'a definition must be a YAML mapping' }]);
    }
    return { source, data: data };
}

;// CONCATENATED MODULE: ./src/core/definition/file-checks.ts
/**
 * Checks of a definition file's own content beyond the schema: duplicate names, the script terminator line, and
 * placeholders in URLs. Each returns the problems it found, located in the file.
 */

const URL_PLACEHOLDERS = new Set(['version', 'arch']);
const APT_PLACEHOLDERS = new Set(['codename']);
function checkPlaceholders(text, allowed) {
    for (const m of text.matchAll(/\{([^}]*)\}/g))
        if (!allowed.has(m[1]))
            return m[0];
    if (/[{}]/.test(text.replace(/\{[a-z]+\}/g, '')))
        return '{';
    return undefined;
}
function duplicates(source, list, what, base) {
    if (!Array.isArray(list))
        return [];
    const first = new Map();
    const problems = [];
    list.forEach((item, i) => {
        const name = item?.name;
        if (typeof name !== 'string')
            return;
        const at = first.get(name);
        if (at === undefined) {
            first.set(name, i);
            return;
        }
        problems.push({
            line: lineOf(source, [...base, i, 'name']),
            message: `${formatPath([...base, i, 'name'])}: duplicate ${what} "${name}" (first at line ${lineOf(source, [...base, at, 'name'])})`,
        });
    });
    return problems;
}
function terminatorLines(source, steps, base) {
    if (!Array.isArray(steps))
        return [];
    return steps.flatMap((step, i) => {
        const run = step?.run;
        if (typeof run !== 'string' || !run.split('\n').some((l) => l.trim() === 'JUMPBOX_SCRIPT_EOF'))
            return [];
        const path = [...base, i, 'run'];
        return [
            {
                line: lineOf(source, path),
                message: `${formatPath(path)}: must not contain a line "JUMPBOX_SCRIPT_EOF"`,
            },
        ];
    });
}
function placeholderProblem(source, path, raw, allowed) {
    if (typeof raw !== 'string')
        return [];
    const bad = checkPlaceholders(raw, allowed);
    if (!bad)
        return [];
    const names = [...allowed].map((a) => `{${a}}`).join(', ');
    return [
        {
            line: lineOf(source, path),
            message: `${formatPath(path)} ${JSON.stringify(raw)} has an unknown placeholder ${bad} (allowed: ${names})`,
        },
    ];
}
function downloadPlaceholders(source, tools) {
    if (!Array.isArray(tools))
        return [];
    return tools.flatMap((tool, i) => {
        const d = tool.download;
        if (!d)
            return [];
        const base = ['tools', i, 'download'];
        const nested = (a) => d[a]?.url;
        return [
            ...placeholderProblem(source, [...base, 'url'], d.url, URL_PLACEHOLDERS),
            ...placeholderProblem(source, [...base, 'checksum', 'url'], nested('checksum'), URL_PLACEHOLDERS),
            ...placeholderProblem(source, [...base, 'signature', 'url'], nested('signature'), URL_PLACEHOLDERS),
            ...placeholderProblem(source, [...base, 'member'], d.member, URL_PLACEHOLDERS),
        ];
    });
}
function aptPlaceholders(source, repositories) {
    if (!Array.isArray(repositories))
        return [];
    return repositories.flatMap((r, i) => [
        ...placeholderProblem(source, ['apt', 'repositories', i, 'url'], r.url, APT_PLACEHOLDERS),
        ...placeholderProblem(source, ['apt', 'repositories', i, 'suite'], r.suite, APT_PLACEHOLDERS),
    ]);
}
/** Problems in a file's own content beyond the schema: duplicates, terminator lines and placeholders. */
function checkFile(source, data) {
    const apt = data.apt;
    const validation = data.validation;
    return [
        ...duplicates(source, data.tools, 'tool', ['tools']),
        ...duplicates(source, data.steps, 'step', ['steps']),
        ...duplicates(source, apt?.repositories, 'apt repository', ['apt', 'repositories']),
        ...duplicates(source, validation?.steps, 'validation step', ['validation', 'steps']),
        ...terminatorLines(source, data.steps, ['steps']),
        ...terminatorLines(source, validation?.steps, ['validation', 'steps']),
        ...downloadPlaceholders(source, data.tools),
        ...aptPlaceholders(source, apt?.repositories),
    ];
}

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
;// CONCATENATED MODULE: ./schema/definition.validate.js
// Generated by scripts/schema-validator.mjs from definition.schema.json (Ajv standalone): do not edit.

const ucs2length = (s) => [...s].length;
"use strict";const validate = (/* unused pure expression or super */ null && (validate10));/* harmony default export */ const definition_validate = (validate10);const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://aks-jumpbox-image/schema/definition.schema.json","title":"aks-jumpbox-image definition","description":"What goes into an AKS jump box image: base image, apt packages, tools, extra steps, hardening, validation and tags. See docs/definition.md.","type":"object","additionalProperties":false,"properties":{"extends":{"description":"Start from the built-in definition and apply this file on top of it. Without it the file replaces the default and must be complete.","enum":["default"]},"remove":{"description":"Names of tools of the extended definition to drop (only with extends).","type":"array","items":{"$ref":"#/definitions/name"},"uniqueItems":true},"baseImage":{"$ref":"#/definitions/baseImage"},"architecture":{"description":"CPU architecture of the base image; selects the {arch} of download URLs and the sha256 entry.","enum":["amd64","arm64"]},"keys":{"description":"OpenPGP public keys, by name, used to verify apt repositories and release signatures.","type":"object","propertyNames":{"$ref":"#/definitions/name"},"additionalProperties":{"$ref":"#/definitions/key"}},"apt":{"$ref":"#/definitions/apt"},"tools":{"description":"Tools installed into the image. With extends, an entry whose name matches a default tool overrides the given fields.","type":"array","items":{"$ref":"#/definitions/tool"}},"steps":{"description":"Extra shell steps, run as root after the tools are installed (appended to the default's with extends).","type":"array","items":{"$ref":"#/definitions/step"}},"hardening":{"$ref":"#/definitions/hardening"},"validation":{"$ref":"#/definitions/validation"},"egress":{"description":"Extra egress the build needs that cannot be derived from URLs in this file (e.g. the base image's apt mirror).","type":"array","items":{"$ref":"#/definitions/egress"}},"tags":{"description":"Tags for the image template and image.","type":"object","propertyNames":{"type":"string","minLength":1,"maxLength":512,"pattern":"^[^<>%&\\\\?/]+$"},"additionalProperties":{"type":"string","maxLength":256}}},"if":{"not":{"required":["extends"]}},"then":{"required":["baseImage","architecture","tools"],"not":{"required":["remove"]},"properties":{"tools":{"items":{"$ref":"#/definitions/completeTool"}}}},"definitions":{"name":{"type":"string","pattern":"^[a-z0-9][a-z0-9._-]{0,62}$","description":"Lower-case name: letters, digits, '.', '_', '-'."},"version":{"type":"string","pattern":"^[0-9]+(\\.[0-9]+){1,3}([-.+~]?[0-9A-Za-z][0-9A-Za-z.+~-]*)?$","description":"A release version without a leading v, e.g. 1.31.2 or 19.0.0b5."},"url":{"type":"string","pattern":"^(https://[A-Za-z0-9.-]+(:[0-9]{1,5})?/|http://(127\\.0\\.0\\.1|localhost)(:[0-9]{1,5})?/)[A-Za-z0-9._~%/:@!$&()*+,;={}-]*$","description":"An https URL (http only to the loopback address, for tests). May contain {version}, {arch} and {codename}."},"sha256":{"type":"string","pattern":"^[0-9a-f]{64}$"},"absolutePath":{"type":"string","pattern":"^/[A-Za-z0-9._+-]+(/[A-Za-z0-9._+-]+)*$"},"baseImage":{"description":"Azure Marketplace platform image the jump box is built from.","type":"object","additionalProperties":false,"properties":{"publisher":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9._-]*$"},"offer":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9._-]*$"},"sku":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9._-]*$"},"version":{"type":"string","pattern":"^(latest|[0-9]+\\.[0-9]+\\.[0-9]+)$"}}},"key":{"type":"object","additionalProperties":false,"required":["fingerprints","armored"],"properties":{"description":{"type":"string"},"fingerprints":{"description":"Full fingerprints of the primary keys in the block; the build refuses a block holding any other key.","type":"array","minItems":1,"items":{"type":"string","pattern":"^[0-9A-F]{40}$"}},"armored":{"type":"string","pattern":"^-----BEGIN PGP PUBLIC KEY BLOCK-----\\n[A-Za-z0-9+/=:. ()\\n-]+-----END PGP PUBLIC KEY BLOCK-----\\n?$"}}},"apt":{"type":"object","additionalProperties":false,"properties":{"repositories":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["name","url","suite","components","key"],"properties":{"name":{"$ref":"#/definitions/name"},"url":{"$ref":"#/definitions/url"},"suite":{"type":"string","pattern":"^[A-Za-z0-9{}._/-]+$"},"components":{"type":"array","minItems":1,"items":{"type":"string","pattern":"^[A-Za-z0-9._-]+$"}},"key":{"$ref":"#/definitions/name","description":"Name of an entry of keys."}}}},"packages":{"description":"Extra apt packages: name or name=version.","type":"array","items":{"type":"string","pattern":"^[a-z0-9][a-z0-9.+-]*(=[0-9A-Za-z.+~:{}-]+)?$"}}}},"check":{"description":"How to measure the installed version: run command with args, match pattern (POSIX ERE, first group = version).","type":"object","additionalProperties":false,"properties":{"command":{"type":"string","pattern":"^[A-Za-z0-9._/+-]+$"},"args":{"type":"array","items":{"type":"string","pattern":"^[^\\n\\u0000]*$"}},"pattern":{"type":"string","minLength":1}}},"download":{"type":"object","additionalProperties":false,"properties":{"url":{"$ref":"#/definitions/url"},"archive":{"enum":["binary","tar.gz","zip"],"description":"What the URL serves (default binary)."},"member":{"type":"string","pattern":"^[A-Za-z0-9._{}+-]+(/[A-Za-z0-9._{}+-]+)*$","description":"Path of the executable inside the archive; may contain {arch} and {version}."},"archNames":{"description":"How this upstream spells each architecture in {arch} (default: amd64, arm64).","type":"object","additionalProperties":false,"properties":{"amd64":{"type":"string","pattern":"^[A-Za-z0-9_.-]+$"},"arm64":{"type":"string","pattern":"^[A-Za-z0-9_.-]+$"}}},"sha256":{"description":"Pinned sha256 of the download, per architecture. Filled by `aks-jumpbox-image definition pin`.","type":"object","additionalProperties":false,"properties":{"amd64":{"$ref":"#/definitions/sha256"},"arm64":{"$ref":"#/definitions/sha256"}}},"checksum":{"description":"Upstream checksum file: a bare sha256, or sha256sum lines naming the file.","type":"object","additionalProperties":false,"required":["url"],"properties":{"url":{"$ref":"#/definitions/url"}}},"signature":{"description":"Detached OpenPGP signature over the checksum file or the artifact itself.","type":"object","additionalProperties":false,"required":["url","of","key"],"properties":{"url":{"$ref":"#/definitions/url"},"of":{"enum":["checksum","artifact"]},"key":{"$ref":"#/definitions/name"}}}}},"tool":{"type":"object","additionalProperties":false,"required":["name"],"properties":{"name":{"$ref":"#/definitions/name"},"version":{"$ref":"#/definitions/version"},"description":{"type":"string"},"installPath":{"$ref":"#/definitions/absolutePath"},"download":{"$ref":"#/definitions/download"},"apt":{"type":"object","additionalProperties":false,"required":["package","version"],"properties":{"package":{"type":"string","pattern":"^[a-z0-9][a-z0-9.+-]*$"},"version":{"type":"string","pattern":"^[0-9A-Za-z.+~:{}-]+$","description":"apt version; may use {version} and {codename}."}}},"azureCliExtension":{"type":"object","additionalProperties":false,"properties":{"name":{"$ref":"#/definitions/name"}}},"check":{"$ref":"#/definitions/check"}}},"completeTool":{"allOf":[{"$ref":"#/definitions/tool"},{"required":["name","version"]},{"oneOf":[{"required":["download","installPath","check"],"not":{"anyOf":[{"required":["apt"]},{"required":["azureCliExtension"]}]},"properties":{"download":{"required":["url"],"anyOf":[{"required":["sha256"]},{"required":["checksum"]}]},"check":{"required":["pattern"]}}},{"required":["apt","check"],"not":{"anyOf":[{"required":["download"]},{"required":["azureCliExtension"]}]},"properties":{"check":{"required":["command","pattern"]}}},{"required":["azureCliExtension"],"not":{"anyOf":[{"required":["download"]},{"required":["apt"]}]}}]}]},"step":{"type":"object","additionalProperties":false,"required":["name","run"],"properties":{"name":{"$ref":"#/definitions/name"},"run":{"type":"string","minLength":1,"description":"bash script, run as root with set -euo pipefail."}}},"hardening":{"type":"object","additionalProperties":false,"properties":{"osUpgrade":{"type":"boolean","description":"apt-get upgrade everything, non-interactively (default true)."},"unattendedUpgrades":{"type":"boolean","description":"Enable unattended security upgrades (default true)."},"cleanCaches":{"type":"boolean","description":"Remove apt caches and build leftovers at the end (default true)."},"ssh":{"type":"object","additionalProperties":false,"description":"sshd settings written as /etc/ssh/sshd_config.d/10-jumpbox-hardening.conf.","properties":{"enabled":{"type":"boolean"},"passwordAuthentication":{"type":"boolean"},"kbdInteractiveAuthentication":{"type":"boolean"},"permitRootLogin":{"type":"boolean"},"x11Forwarding":{"type":"boolean"},"allowAgentForwarding":{"type":"boolean"},"allowTcpForwarding":{"enum":["yes","no","local","remote"]},"maxAuthTries":{"type":"integer","minimum":1,"maximum":100},"clientAliveInterval":{"type":"integer","minimum":0,"maximum":86400},"clientAliveCountMax":{"type":"integer","minimum":0,"maximum":100},"loginGraceTime":{"type":"integer","minimum":0,"maximum":3600}}}}},"validation":{"type":"object","additionalProperties":false,"properties":{"continueDistributeOnFailure":{"type":"boolean"},"sourceValidationOnly":{"type":"boolean"},"steps":{"type":"array","items":{"$ref":"#/definitions/step"}}}},"egress":{"type":"object","additionalProperties":false,"required":["host","port","protocol","purpose"],"properties":{"host":{"type":"string","pattern":"^(\\*\\.)?[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$"},"port":{"type":"integer","minimum":1,"maximum":65535},"protocol":{"enum":["http","https"]},"purpose":{"type":"string","minLength":1}}}}};const schema14 = {"type":"string","pattern":"^[a-z0-9][a-z0-9._-]{0,62}$","description":"Lower-case name: letters, digits, '.', '_', '-'."};const schema27 = {"description":"Azure Marketplace platform image the jump box is built from.","type":"object","additionalProperties":false,"properties":{"publisher":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9._-]*$"},"offer":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9._-]*$"},"sku":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9._-]*$"},"version":{"type":"string","pattern":"^(latest|[0-9]+\\.[0-9]+\\.[0-9]+)$"}}};const schema29 = {"type":"object","additionalProperties":false,"required":["fingerprints","armored"],"properties":{"description":{"type":"string"},"fingerprints":{"description":"Full fingerprints of the primary keys in the block; the build refuses a block holding any other key.","type":"array","minItems":1,"items":{"type":"string","pattern":"^[0-9A-F]{40}$"}},"armored":{"type":"string","pattern":"^-----BEGIN PGP PUBLIC KEY BLOCK-----\\n[A-Za-z0-9+/=:. ()\\n-]+-----END PGP PUBLIC KEY BLOCK-----\\n?$"}}};const schema36 = {"type":"object","additionalProperties":false,"properties":{"osUpgrade":{"type":"boolean","description":"apt-get upgrade everything, non-interactively (default true)."},"unattendedUpgrades":{"type":"boolean","description":"Enable unattended security upgrades (default true)."},"cleanCaches":{"type":"boolean","description":"Remove apt caches and build leftovers at the end (default true)."},"ssh":{"type":"object","additionalProperties":false,"description":"sshd settings written as /etc/ssh/sshd_config.d/10-jumpbox-hardening.conf.","properties":{"enabled":{"type":"boolean"},"passwordAuthentication":{"type":"boolean"},"kbdInteractiveAuthentication":{"type":"boolean"},"permitRootLogin":{"type":"boolean"},"x11Forwarding":{"type":"boolean"},"allowAgentForwarding":{"type":"boolean"},"allowTcpForwarding":{"enum":["yes","no","local","remote"]},"maxAuthTries":{"type":"integer","minimum":1,"maximum":100},"clientAliveInterval":{"type":"integer","minimum":0,"maximum":86400},"clientAliveCountMax":{"type":"integer","minimum":0,"maximum":100},"loginGraceTime":{"type":"integer","minimum":0,"maximum":3600}}}}};const schema38 = {"type":"object","additionalProperties":false,"required":["host","port","protocol","purpose"],"properties":{"host":{"type":"string","pattern":"^(\\*\\.)?[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$"},"port":{"type":"integer","minimum":1,"maximum":65535},"protocol":{"enum":["http","https"]},"purpose":{"type":"string","minLength":1}}};const schema12 = {"allOf":[{"$ref":"#/definitions/tool"},{"required":["name","version"]},{"oneOf":[{"required":["download","installPath","check"],"not":{"anyOf":[{"required":["apt"]},{"required":["azureCliExtension"]}]},"properties":{"download":{"required":["url"],"anyOf":[{"required":["sha256"]},{"required":["checksum"]}]},"check":{"required":["pattern"]}}},{"required":["apt","check"],"not":{"anyOf":[{"required":["download"]},{"required":["azureCliExtension"]}]},"properties":{"check":{"required":["command","pattern"]}}},{"required":["azureCliExtension"],"not":{"anyOf":[{"required":["download"]},{"required":["apt"]}]}}]}]};const schema13 = {"type":"object","additionalProperties":false,"required":["name"],"properties":{"name":{"$ref":"#/definitions/name"},"version":{"$ref":"#/definitions/version"},"description":{"type":"string"},"installPath":{"$ref":"#/definitions/absolutePath"},"download":{"$ref":"#/definitions/download"},"apt":{"type":"object","additionalProperties":false,"required":["package","version"],"properties":{"package":{"type":"string","pattern":"^[a-z0-9][a-z0-9.+-]*$"},"version":{"type":"string","pattern":"^[0-9A-Za-z.+~:{}-]+$","description":"apt version; may use {version} and {codename}."}}},"azureCliExtension":{"type":"object","additionalProperties":false,"properties":{"name":{"$ref":"#/definitions/name"}}},"check":{"$ref":"#/definitions/check"}}};const schema15 = {"type":"string","pattern":"^[0-9]+(\\.[0-9]+){1,3}([-.+~]?[0-9A-Za-z][0-9A-Za-z.+~-]*)?$","description":"A release version without a leading v, e.g. 1.31.2 or 19.0.0b5."};const schema16 = {"type":"string","pattern":"^/[A-Za-z0-9._+-]+(/[A-Za-z0-9._+-]+)*$"};const schema25 = {"description":"How to measure the installed version: run command with args, match pattern (POSIX ERE, first group = version).","type":"object","additionalProperties":false,"properties":{"command":{"type":"string","pattern":"^[A-Za-z0-9._/+-]+$"},"args":{"type":"array","items":{"type":"string","pattern":"^[^\\n\\u0000]*$"}},"pattern":{"type":"string","minLength":1}}};const pattern0 = new RegExp("^[a-z0-9][a-z0-9._-]{0,62}$", "u");const pattern1 = new RegExp("^[0-9]+(\\.[0-9]+){1,3}([-.+~]?[0-9A-Za-z][0-9A-Za-z.+~-]*)?$", "u");const pattern2 = new RegExp("^/[A-Za-z0-9._+-]+(/[A-Za-z0-9._+-]+)*$", "u");const pattern12 = new RegExp("^[a-z0-9][a-z0-9.+-]*$", "u");const pattern13 = new RegExp("^[0-9A-Za-z.+~:{}-]+$", "u");const pattern15 = new RegExp("^[A-Za-z0-9._/+-]+$", "u");const pattern16 = new RegExp("^[^\\n\\u0000]*$", "u");const schema17 = {"type":"object","additionalProperties":false,"properties":{"url":{"$ref":"#/definitions/url"},"archive":{"enum":["binary","tar.gz","zip"],"description":"What the URL serves (default binary)."},"member":{"type":"string","pattern":"^[A-Za-z0-9._{}+-]+(/[A-Za-z0-9._{}+-]+)*$","description":"Path of the executable inside the archive; may contain {arch} and {version}."},"archNames":{"description":"How this upstream spells each architecture in {arch} (default: amd64, arm64).","type":"object","additionalProperties":false,"properties":{"amd64":{"type":"string","pattern":"^[A-Za-z0-9_.-]+$"},"arm64":{"type":"string","pattern":"^[A-Za-z0-9_.-]+$"}}},"sha256":{"description":"Pinned sha256 of the download, per architecture. Filled by `aks-jumpbox-image definition pin`.","type":"object","additionalProperties":false,"properties":{"amd64":{"$ref":"#/definitions/sha256"},"arm64":{"$ref":"#/definitions/sha256"}}},"checksum":{"description":"Upstream checksum file: a bare sha256, or sha256sum lines naming the file.","type":"object","additionalProperties":false,"required":["url"],"properties":{"url":{"$ref":"#/definitions/url"}}},"signature":{"description":"Detached OpenPGP signature over the checksum file or the artifact itself.","type":"object","additionalProperties":false,"required":["url","of","key"],"properties":{"url":{"$ref":"#/definitions/url"},"of":{"enum":["checksum","artifact"]},"key":{"$ref":"#/definitions/name"}}}}};const schema18 = {"type":"string","pattern":"^(https://[A-Za-z0-9.-]+(:[0-9]{1,5})?/|http://(127\\.0\\.0\\.1|localhost)(:[0-9]{1,5})?/)[A-Za-z0-9._~%/:@!$&()*+,;={}-]*$","description":"An https URL (http only to the loopback address, for tests). May contain {version}, {arch} and {codename}."};const schema19 = {"type":"string","pattern":"^[0-9a-f]{64}$"};const pattern3 = new RegExp("^(https://[A-Za-z0-9.-]+(:[0-9]{1,5})?/|http://(127\\.0\\.0\\.1|localhost)(:[0-9]{1,5})?/)[A-Za-z0-9._~%/:@!$&()*+,;={}-]*$", "u");const pattern4 = new RegExp("^[A-Za-z0-9._{}+-]+(/[A-Za-z0-9._{}+-]+)*$", "u");const pattern5 = new RegExp("^[A-Za-z0-9_.-]+$", "u");const pattern7 = new RegExp("^[0-9a-f]{64}$", "u");function validate13(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!(((((((key0 === "url") || (key0 === "archive")) || (key0 === "member")) || (key0 === "archNames")) || (key0 === "sha256")) || (key0 === "checksum")) || (key0 === "signature"))){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.url !== undefined){let data0 = data.url;if(typeof data0 === "string"){if(!pattern3.test(data0)){const err1 = {instancePath:instancePath+"/url",schemaPath:"#/definitions/url/pattern",keyword:"pattern",params:{pattern: "^(https://[A-Za-z0-9.-]+(:[0-9]{1,5})?/|http://(127\\.0\\.0\\.1|localhost)(:[0-9]{1,5})?/)[A-Za-z0-9._~%/:@!$&()*+,;={}-]*$"},message:"must match pattern \""+"^(https://[A-Za-z0-9.-]+(:[0-9]{1,5})?/|http://(127\\.0\\.0\\.1|localhost)(:[0-9]{1,5})?/)[A-Za-z0-9._~%/:@!$&()*+,;={}-]*$"+"\""};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}else {const err2 = {instancePath:instancePath+"/url",schemaPath:"#/definitions/url/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.archive !== undefined){let data1 = data.archive;if(!(((data1 === "binary") || (data1 === "tar.gz")) || (data1 === "zip"))){const err3 = {instancePath:instancePath+"/archive",schemaPath:"#/properties/archive/enum",keyword:"enum",params:{allowedValues: schema17.properties.archive.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.member !== undefined){let data2 = data.member;if(typeof data2 === "string"){if(!pattern4.test(data2)){const err4 = {instancePath:instancePath+"/member",schemaPath:"#/properties/member/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9._{}+-]+(/[A-Za-z0-9._{}+-]+)*$"},message:"must match pattern \""+"^[A-Za-z0-9._{}+-]+(/[A-Za-z0-9._{}+-]+)*$"+"\""};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}else {const err5 = {instancePath:instancePath+"/member",schemaPath:"#/properties/member/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data.archNames !== undefined){let data3 = data.archNames;if(data3 && typeof data3 == "object" && !Array.isArray(data3)){for(const key1 in data3){if(!((key1 === "amd64") || (key1 === "arm64"))){const err6 = {instancePath:instancePath+"/archNames",schemaPath:"#/properties/archNames/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data3.amd64 !== undefined){let data4 = data3.amd64;if(typeof data4 === "string"){if(!pattern5.test(data4)){const err7 = {instancePath:instancePath+"/archNames/amd64",schemaPath:"#/properties/archNames/properties/amd64/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_.-]+$"},message:"must match pattern \""+"^[A-Za-z0-9_.-]+$"+"\""};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}else {const err8 = {instancePath:instancePath+"/archNames/amd64",schemaPath:"#/properties/archNames/properties/amd64/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data3.arm64 !== undefined){let data5 = data3.arm64;if(typeof data5 === "string"){if(!pattern5.test(data5)){const err9 = {instancePath:instancePath+"/archNames/arm64",schemaPath:"#/properties/archNames/properties/arm64/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_.-]+$"},message:"must match pattern \""+"^[A-Za-z0-9_.-]+$"+"\""};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}else {const err10 = {instancePath:instancePath+"/archNames/arm64",schemaPath:"#/properties/archNames/properties/arm64/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}}else {const err11 = {instancePath:instancePath+"/archNames",schemaPath:"#/properties/archNames/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(data.sha256 !== undefined){let data6 = data.sha256;if(data6 && typeof data6 == "object" && !Array.isArray(data6)){for(const key2 in data6){if(!((key2 === "amd64") || (key2 === "arm64"))){const err12 = {instancePath:instancePath+"/sha256",schemaPath:"#/properties/sha256/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}if(data6.amd64 !== undefined){let data7 = data6.amd64;if(typeof data7 === "string"){if(!pattern7.test(data7)){const err13 = {instancePath:instancePath+"/sha256/amd64",schemaPath:"#/definitions/sha256/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\""};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}else {const err14 = {instancePath:instancePath+"/sha256/amd64",schemaPath:"#/definitions/sha256/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}if(data6.arm64 !== undefined){let data8 = data6.arm64;if(typeof data8 === "string"){if(!pattern7.test(data8)){const err15 = {instancePath:instancePath+"/sha256/arm64",schemaPath:"#/definitions/sha256/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\""};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}else {const err16 = {instancePath:instancePath+"/sha256/arm64",schemaPath:"#/definitions/sha256/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}}else {const err17 = {instancePath:instancePath+"/sha256",schemaPath:"#/properties/sha256/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}if(data.checksum !== undefined){let data9 = data.checksum;if(data9 && typeof data9 == "object" && !Array.isArray(data9)){if(data9.url === undefined){const err18 = {instancePath:instancePath+"/checksum",schemaPath:"#/properties/checksum/required",keyword:"required",params:{missingProperty: "url"},message:"must have required property '"+"url"+"'"};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}for(const key3 in data9){if(!(key3 === "url")){const err19 = {instancePath:instancePath+"/checksum",schemaPath:"#/properties/checksum/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}if(data9.url !== undefined){let data10 = data9.url;if(typeof data10 === "string"){if(!pattern3.test(data10)){const err20 = {instancePath:instancePath+"/checksum/url",schemaPath:"#/definitions/url/pattern",keyword:"pattern",params:{pattern: "^(https://[A-Za-z0-9.-]+(:[0-9]{1,5})?/|http://(127\\.0\\.0\\.1|localhost)(:[0-9]{1,5})?/)[A-Za-z0-9._~%/:@!$&()*+,;={}-]*$"},message:"must match pattern \""+"^(https://[A-Za-z0-9.-]+(:[0-9]{1,5})?/|http://(127\\.0\\.0\\.1|localhost)(:[0-9]{1,5})?/)[A-Za-z0-9._~%/:@!$&()*+,;={}-]*$"+"\""};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}else {const err21 = {instancePath:instancePath+"/checksum/url",schemaPath:"#/definitions/url/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}}else {const err22 = {instancePath:instancePath+"/checksum",schemaPath:"#/properties/checksum/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}if(data.signature !== undefined){let data11 = data.signature;if(data11 && typeof data11 == "object" && !Array.isArray(data11)){if(data11.url === undefined){const err23 = {instancePath:instancePath+"/signature",schemaPath:"#/properties/signature/required",keyword:"required",params:{missingProperty: "url"},message:"must have required property '"+"url"+"'"};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}if(data11.of === undefined){const err24 = {instancePath:instancePath+"/signature",schemaPath:"#/properties/signature/required",keyword:"required",params:{missingProperty: "of"},message:"must have required property '"+"of"+"'"};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}if(data11.key === undefined){const err25 = {instancePath:instancePath+"/signature",schemaPath:"#/properties/signature/required",keyword:"required",params:{missingProperty: "key"},message:"must have required property '"+"key"+"'"};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}for(const key4 in data11){if(!(((key4 === "url") || (key4 === "of")) || (key4 === "key"))){const err26 = {instancePath:instancePath+"/signature",schemaPath:"#/properties/signature/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}if(data11.url !== undefined){let data12 = data11.url;if(typeof data12 === "string"){if(!pattern3.test(data12)){const err27 = {instancePath:instancePath+"/signature/url",schemaPath:"#/definitions/url/pattern",keyword:"pattern",params:{pattern: "^(https://[A-Za-z0-9.-]+(:[0-9]{1,5})?/|http://(127\\.0\\.0\\.1|localhost)(:[0-9]{1,5})?/)[A-Za-z0-9._~%/:@!$&()*+,;={}-]*$"},message:"must match pattern \""+"^(https://[A-Za-z0-9.-]+(:[0-9]{1,5})?/|http://(127\\.0\\.0\\.1|localhost)(:[0-9]{1,5})?/)[A-Za-z0-9._~%/:@!$&()*+,;={}-]*$"+"\""};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}}else {const err28 = {instancePath:instancePath+"/signature/url",schemaPath:"#/definitions/url/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}}if(data11.of !== undefined){let data13 = data11.of;if(!((data13 === "checksum") || (data13 === "artifact"))){const err29 = {instancePath:instancePath+"/signature/of",schemaPath:"#/properties/signature/properties/of/enum",keyword:"enum",params:{allowedValues: schema17.properties.signature.properties.of.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}}if(data11.key !== undefined){let data14 = data11.key;if(typeof data14 === "string"){if(!pattern0.test(data14)){const err30 = {instancePath:instancePath+"/signature/key",schemaPath:"#/definitions/name/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9._-]{0,62}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9._-]{0,62}$"+"\""};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}else {const err31 = {instancePath:instancePath+"/signature/key",schemaPath:"#/definitions/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}}}else {const err32 = {instancePath:instancePath+"/signature",schemaPath:"#/properties/signature/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}}}else {const err33 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}validate13.errors = vErrors;return errors === 0;}const func2 = ucs2length;function validate12(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.name === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}for(const key0 in data){if(!((((((((key0 === "name") || (key0 === "version")) || (key0 === "description")) || (key0 === "installPath")) || (key0 === "download")) || (key0 === "apt")) || (key0 === "azureCliExtension")) || (key0 === "check"))){const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.name !== undefined){let data0 = data.name;if(typeof data0 === "string"){if(!pattern0.test(data0)){const err2 = {instancePath:instancePath+"/name",schemaPath:"#/definitions/name/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9._-]{0,62}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9._-]{0,62}$"+"\""};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}else {const err3 = {instancePath:instancePath+"/name",schemaPath:"#/definitions/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.version !== undefined){let data1 = data.version;if(typeof data1 === "string"){if(!pattern1.test(data1)){const err4 = {instancePath:instancePath+"/version",schemaPath:"#/definitions/version/pattern",keyword:"pattern",params:{pattern: "^[0-9]+(\\.[0-9]+){1,3}([-.+~]?[0-9A-Za-z][0-9A-Za-z.+~-]*)?$"},message:"must match pattern \""+"^[0-9]+(\\.[0-9]+){1,3}([-.+~]?[0-9A-Za-z][0-9A-Za-z.+~-]*)?$"+"\""};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}else {const err5 = {instancePath:instancePath+"/version",schemaPath:"#/definitions/version/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data.description !== undefined){if(typeof data.description !== "string"){const err6 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data.installPath !== undefined){let data3 = data.installPath;if(typeof data3 === "string"){if(!pattern2.test(data3)){const err7 = {instancePath:instancePath+"/installPath",schemaPath:"#/definitions/absolutePath/pattern",keyword:"pattern",params:{pattern: "^/[A-Za-z0-9._+-]+(/[A-Za-z0-9._+-]+)*$"},message:"must match pattern \""+"^/[A-Za-z0-9._+-]+(/[A-Za-z0-9._+-]+)*$"+"\""};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}else {const err8 = {instancePath:instancePath+"/installPath",schemaPath:"#/definitions/absolutePath/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data.download !== undefined){if(!(validate13(data.download, {instancePath:instancePath+"/download",parentData:data,parentDataProperty:"download",rootData}))){vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);errors = vErrors.length;}}if(data.apt !== undefined){let data5 = data.apt;if(data5 && typeof data5 == "object" && !Array.isArray(data5)){if(data5.package === undefined){const err9 = {instancePath:instancePath+"/apt",schemaPath:"#/properties/apt/required",keyword:"required",params:{missingProperty: "package"},message:"must have required property '"+"package"+"'"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}if(data5.version === undefined){const err10 = {instancePath:instancePath+"/apt",schemaPath:"#/properties/apt/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}for(const key1 in data5){if(!((key1 === "package") || (key1 === "version"))){const err11 = {instancePath:instancePath+"/apt",schemaPath:"#/properties/apt/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(data5.package !== undefined){let data6 = data5.package;if(typeof data6 === "string"){if(!pattern12.test(data6)){const err12 = {instancePath:instancePath+"/apt/package",schemaPath:"#/properties/apt/properties/package/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9.+-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9.+-]*$"+"\""};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}else {const err13 = {instancePath:instancePath+"/apt/package",schemaPath:"#/properties/apt/properties/package/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}if(data5.version !== undefined){let data7 = data5.version;if(typeof data7 === "string"){if(!pattern13.test(data7)){const err14 = {instancePath:instancePath+"/apt/version",schemaPath:"#/properties/apt/properties/version/pattern",keyword:"pattern",params:{pattern: "^[0-9A-Za-z.+~:{}-]+$"},message:"must match pattern \""+"^[0-9A-Za-z.+~:{}-]+$"+"\""};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}else {const err15 = {instancePath:instancePath+"/apt/version",schemaPath:"#/properties/apt/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}}else {const err16 = {instancePath:instancePath+"/apt",schemaPath:"#/properties/apt/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}if(data.azureCliExtension !== undefined){let data8 = data.azureCliExtension;if(data8 && typeof data8 == "object" && !Array.isArray(data8)){for(const key2 in data8){if(!(key2 === "name")){const err17 = {instancePath:instancePath+"/azureCliExtension",schemaPath:"#/properties/azureCliExtension/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}if(data8.name !== undefined){let data9 = data8.name;if(typeof data9 === "string"){if(!pattern0.test(data9)){const err18 = {instancePath:instancePath+"/azureCliExtension/name",schemaPath:"#/definitions/name/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9._-]{0,62}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9._-]{0,62}$"+"\""};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}else {const err19 = {instancePath:instancePath+"/azureCliExtension/name",schemaPath:"#/definitions/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}}else {const err20 = {instancePath:instancePath+"/azureCliExtension",schemaPath:"#/properties/azureCliExtension/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}if(data.check !== undefined){let data10 = data.check;if(data10 && typeof data10 == "object" && !Array.isArray(data10)){for(const key3 in data10){if(!(((key3 === "command") || (key3 === "args")) || (key3 === "pattern"))){const err21 = {instancePath:instancePath+"/check",schemaPath:"#/definitions/check/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}if(data10.command !== undefined){let data11 = data10.command;if(typeof data11 === "string"){if(!pattern15.test(data11)){const err22 = {instancePath:instancePath+"/check/command",schemaPath:"#/definitions/check/properties/command/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9._/+-]+$"},message:"must match pattern \""+"^[A-Za-z0-9._/+-]+$"+"\""};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}else {const err23 = {instancePath:instancePath+"/check/command",schemaPath:"#/definitions/check/properties/command/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}if(data10.args !== undefined){let data12 = data10.args;if(Array.isArray(data12)){const len0 = data12.length;for(let i0=0; i0<len0; i0++){let data13 = data12[i0];if(typeof data13 === "string"){if(!pattern16.test(data13)){const err24 = {instancePath:instancePath+"/check/args/" + i0,schemaPath:"#/definitions/check/properties/args/items/pattern",keyword:"pattern",params:{pattern: "^[^\\n\\u0000]*$"},message:"must match pattern \""+"^[^\\n\\u0000]*$"+"\""};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}else {const err25 = {instancePath:instancePath+"/check/args/" + i0,schemaPath:"#/definitions/check/properties/args/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}}else {const err26 = {instancePath:instancePath+"/check/args",schemaPath:"#/definitions/check/properties/args/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}if(data10.pattern !== undefined){let data14 = data10.pattern;if(typeof data14 === "string"){if(func2(data14) < 1){const err27 = {instancePath:instancePath+"/check/pattern",schemaPath:"#/definitions/check/properties/pattern/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}}else {const err28 = {instancePath:instancePath+"/check/pattern",schemaPath:"#/definitions/check/properties/pattern/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}}}else {const err29 = {instancePath:instancePath+"/check",schemaPath:"#/definitions/check/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}}}else {const err30 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}validate12.errors = vErrors;return errors === 0;}function validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(!(validate12(data, {instancePath,parentData,parentDataProperty,rootData}))){vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);errors = vErrors.length;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.name === undefined){const err0 = {instancePath,schemaPath:"#/allOf/1/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.version === undefined){const err1 = {instancePath,schemaPath:"#/allOf/1/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}const _errs3 = errors;let valid1 = false;let passing0 = null;const _errs4 = errors;const _errs5 = errors;const _errs6 = errors;const _errs7 = errors;let valid3 = false;const _errs8 = errors;if(data && typeof data == "object" && !Array.isArray(data)){let missing0;if((data.apt === undefined) && (missing0 = "apt")){const err2 = {};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}var _valid1 = _errs8 === errors;valid3 = valid3 || _valid1;if(!valid3){const _errs9 = errors;if(data && typeof data == "object" && !Array.isArray(data)){let missing1;if((data.azureCliExtension === undefined) && (missing1 = "azureCliExtension")){const err3 = {};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}var _valid1 = _errs9 === errors;valid3 = valid3 || _valid1;}if(!valid3){const err4 = {};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}else {errors = _errs7;if(vErrors !== null){if(_errs7){vErrors.length = _errs7;}else {vErrors = null;}}}var valid2 = _errs6 === errors;if(valid2){const err5 = {instancePath,schemaPath:"#/allOf/2/oneOf/0/not",keyword:"not",params:{},message:"must NOT be valid"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}else {errors = _errs5;if(vErrors !== null){if(_errs5){vErrors.length = _errs5;}else {vErrors = null;}}}if(data && typeof data == "object" && !Array.isArray(data)){if(data.download === undefined){const err6 = {instancePath,schemaPath:"#/allOf/2/oneOf/0/required",keyword:"required",params:{missingProperty: "download"},message:"must have required property '"+"download"+"'"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}if(data.installPath === undefined){const err7 = {instancePath,schemaPath:"#/allOf/2/oneOf/0/required",keyword:"required",params:{missingProperty: "installPath"},message:"must have required property '"+"installPath"+"'"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}if(data.check === undefined){const err8 = {instancePath,schemaPath:"#/allOf/2/oneOf/0/required",keyword:"required",params:{missingProperty: "check"},message:"must have required property '"+"check"+"'"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}if(data.download !== undefined){let data0 = data.download;const _errs11 = errors;let valid5 = false;const _errs12 = errors;if(data0 && typeof data0 == "object" && !Array.isArray(data0)){if(data0.sha256 === undefined){const err9 = {instancePath:instancePath+"/download",schemaPath:"#/allOf/2/oneOf/0/properties/download/anyOf/0/required",keyword:"required",params:{missingProperty: "sha256"},message:"must have required property '"+"sha256"+"'"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}var _valid2 = _errs12 === errors;valid5 = valid5 || _valid2;if(!valid5){const _errs13 = errors;if(data0 && typeof data0 == "object" && !Array.isArray(data0)){if(data0.checksum === undefined){const err10 = {instancePath:instancePath+"/download",schemaPath:"#/allOf/2/oneOf/0/properties/download/anyOf/1/required",keyword:"required",params:{missingProperty: "checksum"},message:"must have required property '"+"checksum"+"'"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}var _valid2 = _errs13 === errors;valid5 = valid5 || _valid2;}if(!valid5){const err11 = {instancePath:instancePath+"/download",schemaPath:"#/allOf/2/oneOf/0/properties/download/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}else {errors = _errs11;if(vErrors !== null){if(_errs11){vErrors.length = _errs11;}else {vErrors = null;}}}if(data0 && typeof data0 == "object" && !Array.isArray(data0)){if(data0.url === undefined){const err12 = {instancePath:instancePath+"/download",schemaPath:"#/allOf/2/oneOf/0/properties/download/required",keyword:"required",params:{missingProperty: "url"},message:"must have required property '"+"url"+"'"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}}if(data.check !== undefined){let data1 = data.check;if(data1 && typeof data1 == "object" && !Array.isArray(data1)){if(data1.pattern === undefined){const err13 = {instancePath:instancePath+"/check",schemaPath:"#/allOf/2/oneOf/0/properties/check/required",keyword:"required",params:{missingProperty: "pattern"},message:"must have required property '"+"pattern"+"'"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}}}var _valid0 = _errs4 === errors;if(_valid0){valid1 = true;passing0 = 0;}const _errs15 = errors;const _errs16 = errors;const _errs17 = errors;const _errs18 = errors;let valid7 = false;const _errs19 = errors;if(data && typeof data == "object" && !Array.isArray(data)){let missing2;if((data.download === undefined) && (missing2 = "download")){const err14 = {};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}var _valid3 = _errs19 === errors;valid7 = valid7 || _valid3;if(!valid7){const _errs20 = errors;if(data && typeof data == "object" && !Array.isArray(data)){let missing3;if((data.azureCliExtension === undefined) && (missing3 = "azureCliExtension")){const err15 = {};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}var _valid3 = _errs20 === errors;valid7 = valid7 || _valid3;}if(!valid7){const err16 = {};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}else {errors = _errs18;if(vErrors !== null){if(_errs18){vErrors.length = _errs18;}else {vErrors = null;}}}var valid6 = _errs17 === errors;if(valid6){const err17 = {instancePath,schemaPath:"#/allOf/2/oneOf/1/not",keyword:"not",params:{},message:"must NOT be valid"};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}else {errors = _errs16;if(vErrors !== null){if(_errs16){vErrors.length = _errs16;}else {vErrors = null;}}}if(data && typeof data == "object" && !Array.isArray(data)){if(data.apt === undefined){const err18 = {instancePath,schemaPath:"#/allOf/2/oneOf/1/required",keyword:"required",params:{missingProperty: "apt"},message:"must have required property '"+"apt"+"'"};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}if(data.check === undefined){const err19 = {instancePath,schemaPath:"#/allOf/2/oneOf/1/required",keyword:"required",params:{missingProperty: "check"},message:"must have required property '"+"check"+"'"};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}if(data.check !== undefined){let data2 = data.check;if(data2 && typeof data2 == "object" && !Array.isArray(data2)){if(data2.command === undefined){const err20 = {instancePath:instancePath+"/check",schemaPath:"#/allOf/2/oneOf/1/properties/check/required",keyword:"required",params:{missingProperty: "command"},message:"must have required property '"+"command"+"'"};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}if(data2.pattern === undefined){const err21 = {instancePath:instancePath+"/check",schemaPath:"#/allOf/2/oneOf/1/properties/check/required",keyword:"required",params:{missingProperty: "pattern"},message:"must have required property '"+"pattern"+"'"};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}}}var _valid0 = _errs15 === errors;if(_valid0 && valid1){valid1 = false;passing0 = [passing0, 1];}else {if(_valid0){valid1 = true;passing0 = 1;}const _errs22 = errors;const _errs23 = errors;const _errs24 = errors;const _errs25 = errors;let valid10 = false;const _errs26 = errors;if(data && typeof data == "object" && !Array.isArray(data)){let missing4;if((data.download === undefined) && (missing4 = "download")){const err22 = {};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}var _valid4 = _errs26 === errors;valid10 = valid10 || _valid4;if(!valid10){const _errs27 = errors;if(data && typeof data == "object" && !Array.isArray(data)){let missing5;if((data.apt === undefined) && (missing5 = "apt")){const err23 = {};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}var _valid4 = _errs27 === errors;valid10 = valid10 || _valid4;}if(!valid10){const err24 = {};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}else {errors = _errs25;if(vErrors !== null){if(_errs25){vErrors.length = _errs25;}else {vErrors = null;}}}var valid9 = _errs24 === errors;if(valid9){const err25 = {instancePath,schemaPath:"#/allOf/2/oneOf/2/not",keyword:"not",params:{},message:"must NOT be valid"};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}else {errors = _errs23;if(vErrors !== null){if(_errs23){vErrors.length = _errs23;}else {vErrors = null;}}}if(data && typeof data == "object" && !Array.isArray(data)){if(data.azureCliExtension === undefined){const err26 = {instancePath,schemaPath:"#/allOf/2/oneOf/2/required",keyword:"required",params:{missingProperty: "azureCliExtension"},message:"must have required property '"+"azureCliExtension"+"'"};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}var _valid0 = _errs22 === errors;if(_valid0 && valid1){valid1 = false;passing0 = [passing0, 2];}else {if(_valid0){valid1 = true;passing0 = 2;}}}if(!valid1){const err27 = {instancePath,schemaPath:"#/allOf/2/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}else {errors = _errs3;if(vErrors !== null){if(_errs3){vErrors.length = _errs3;}else {vErrors = null;}}}validate11.errors = vErrors;return errors === 0;}const schema30 = {"type":"object","additionalProperties":false,"properties":{"repositories":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["name","url","suite","components","key"],"properties":{"name":{"$ref":"#/definitions/name"},"url":{"$ref":"#/definitions/url"},"suite":{"type":"string","pattern":"^[A-Za-z0-9{}._/-]+$"},"components":{"type":"array","minItems":1,"items":{"type":"string","pattern":"^[A-Za-z0-9._-]+$"}},"key":{"$ref":"#/definitions/name","description":"Name of an entry of keys."}}}},"packages":{"description":"Extra apt packages: name or name=version.","type":"array","items":{"type":"string","pattern":"^[a-z0-9][a-z0-9.+-]*(=[0-9A-Za-z.+~:{}-]+)?$"}}}};const pattern27 = new RegExp("^[A-Za-z0-9{}._/-]+$", "u");const pattern28 = new RegExp("^[A-Za-z0-9._-]+$", "u");const pattern30 = new RegExp("^[a-z0-9][a-z0-9.+-]*(=[0-9A-Za-z.+~:{}-]+)?$", "u");function validate17(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!((key0 === "repositories") || (key0 === "packages"))){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.repositories !== undefined){let data0 = data.repositories;if(Array.isArray(data0)){const len0 = data0.length;for(let i0=0; i0<len0; i0++){let data1 = data0[i0];if(data1 && typeof data1 == "object" && !Array.isArray(data1)){if(data1.name === undefined){const err1 = {instancePath:instancePath+"/repositories/" + i0,schemaPath:"#/properties/repositories/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(data1.url === undefined){const err2 = {instancePath:instancePath+"/repositories/" + i0,schemaPath:"#/properties/repositories/items/required",keyword:"required",params:{missingProperty: "url"},message:"must have required property '"+"url"+"'"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}if(data1.suite === undefined){const err3 = {instancePath:instancePath+"/repositories/" + i0,schemaPath:"#/properties/repositories/items/required",keyword:"required",params:{missingProperty: "suite"},message:"must have required property '"+"suite"+"'"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}if(data1.components === undefined){const err4 = {instancePath:instancePath+"/repositories/" + i0,schemaPath:"#/properties/repositories/items/required",keyword:"required",params:{missingProperty: "components"},message:"must have required property '"+"components"+"'"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}if(data1.key === undefined){const err5 = {instancePath:instancePath+"/repositories/" + i0,schemaPath:"#/properties/repositories/items/required",keyword:"required",params:{missingProperty: "key"},message:"must have required property '"+"key"+"'"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}for(const key1 in data1){if(!(((((key1 === "name") || (key1 === "url")) || (key1 === "suite")) || (key1 === "components")) || (key1 === "key"))){const err6 = {instancePath:instancePath+"/repositories/" + i0,schemaPath:"#/properties/repositories/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data1.name !== undefined){let data2 = data1.name;if(typeof data2 === "string"){if(!pattern0.test(data2)){const err7 = {instancePath:instancePath+"/repositories/" + i0+"/name",schemaPath:"#/definitions/name/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9._-]{0,62}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9._-]{0,62}$"+"\""};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}else {const err8 = {instancePath:instancePath+"/repositories/" + i0+"/name",schemaPath:"#/definitions/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data1.url !== undefined){let data3 = data1.url;if(typeof data3 === "string"){if(!pattern3.test(data3)){const err9 = {instancePath:instancePath+"/repositories/" + i0+"/url",schemaPath:"#/definitions/url/pattern",keyword:"pattern",params:{pattern: "^(https://[A-Za-z0-9.-]+(:[0-9]{1,5})?/|http://(127\\.0\\.0\\.1|localhost)(:[0-9]{1,5})?/)[A-Za-z0-9._~%/:@!$&()*+,;={}-]*$"},message:"must match pattern \""+"^(https://[A-Za-z0-9.-]+(:[0-9]{1,5})?/|http://(127\\.0\\.0\\.1|localhost)(:[0-9]{1,5})?/)[A-Za-z0-9._~%/:@!$&()*+,;={}-]*$"+"\""};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}else {const err10 = {instancePath:instancePath+"/repositories/" + i0+"/url",schemaPath:"#/definitions/url/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data1.suite !== undefined){let data4 = data1.suite;if(typeof data4 === "string"){if(!pattern27.test(data4)){const err11 = {instancePath:instancePath+"/repositories/" + i0+"/suite",schemaPath:"#/properties/repositories/items/properties/suite/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9{}._/-]+$"},message:"must match pattern \""+"^[A-Za-z0-9{}._/-]+$"+"\""};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}else {const err12 = {instancePath:instancePath+"/repositories/" + i0+"/suite",schemaPath:"#/properties/repositories/items/properties/suite/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}if(data1.components !== undefined){let data5 = data1.components;if(Array.isArray(data5)){if(data5.length < 1){const err13 = {instancePath:instancePath+"/repositories/" + i0+"/components",schemaPath:"#/properties/repositories/items/properties/components/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}const len1 = data5.length;for(let i1=0; i1<len1; i1++){let data6 = data5[i1];if(typeof data6 === "string"){if(!pattern28.test(data6)){const err14 = {instancePath:instancePath+"/repositories/" + i0+"/components/" + i1,schemaPath:"#/properties/repositories/items/properties/components/items/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9._-]+$"},message:"must match pattern \""+"^[A-Za-z0-9._-]+$"+"\""};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}else {const err15 = {instancePath:instancePath+"/repositories/" + i0+"/components/" + i1,schemaPath:"#/properties/repositories/items/properties/components/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}}else {const err16 = {instancePath:instancePath+"/repositories/" + i0+"/components",schemaPath:"#/properties/repositories/items/properties/components/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}if(data1.key !== undefined){let data7 = data1.key;if(typeof data7 === "string"){if(!pattern0.test(data7)){const err17 = {instancePath:instancePath+"/repositories/" + i0+"/key",schemaPath:"#/definitions/name/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9._-]{0,62}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9._-]{0,62}$"+"\""};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}else {const err18 = {instancePath:instancePath+"/repositories/" + i0+"/key",schemaPath:"#/definitions/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}}else {const err19 = {instancePath:instancePath+"/repositories/" + i0,schemaPath:"#/properties/repositories/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}}else {const err20 = {instancePath:instancePath+"/repositories",schemaPath:"#/properties/repositories/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}if(data.packages !== undefined){let data8 = data.packages;if(Array.isArray(data8)){const len2 = data8.length;for(let i2=0; i2<len2; i2++){let data9 = data8[i2];if(typeof data9 === "string"){if(!pattern30.test(data9)){const err21 = {instancePath:instancePath+"/packages/" + i2,schemaPath:"#/properties/packages/items/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9.+-]*(=[0-9A-Za-z.+~:{}-]+)?$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9.+-]*(=[0-9A-Za-z.+~:{}-]+)?$"+"\""};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}else {const err22 = {instancePath:instancePath+"/packages/" + i2,schemaPath:"#/properties/packages/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}}else {const err23 = {instancePath:instancePath+"/packages",schemaPath:"#/properties/packages/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}}else {const err24 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}validate17.errors = vErrors;return errors === 0;}const schema34 = {"type":"object","additionalProperties":false,"required":["name","run"],"properties":{"name":{"$ref":"#/definitions/name"},"run":{"type":"string","minLength":1,"description":"bash script, run as root with set -euo pipefail."}}};function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.name === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.run === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "run"},message:"must have required property '"+"run"+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}for(const key0 in data){if(!((key0 === "name") || (key0 === "run"))){const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.name !== undefined){let data0 = data.name;if(typeof data0 === "string"){if(!pattern0.test(data0)){const err3 = {instancePath:instancePath+"/name",schemaPath:"#/definitions/name/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9._-]{0,62}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9._-]{0,62}$"+"\""};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}else {const err4 = {instancePath:instancePath+"/name",schemaPath:"#/definitions/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.run !== undefined){let data1 = data.run;if(typeof data1 === "string"){if(func2(data1) < 1){const err5 = {instancePath:instancePath+"/run",schemaPath:"#/properties/run/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}else {const err6 = {instancePath:instancePath+"/run",schemaPath:"#/properties/run/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}}else {const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}validate20.errors = vErrors;return errors === 0;}const schema37 = {"type":"object","additionalProperties":false,"properties":{"continueDistributeOnFailure":{"type":"boolean"},"sourceValidationOnly":{"type":"boolean"},"steps":{"type":"array","items":{"$ref":"#/definitions/step"}}}};function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!(((key0 === "continueDistributeOnFailure") || (key0 === "sourceValidationOnly")) || (key0 === "steps"))){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.continueDistributeOnFailure !== undefined){if(typeof data.continueDistributeOnFailure !== "boolean"){const err1 = {instancePath:instancePath+"/continueDistributeOnFailure",schemaPath:"#/properties/continueDistributeOnFailure/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.sourceValidationOnly !== undefined){if(typeof data.sourceValidationOnly !== "boolean"){const err2 = {instancePath:instancePath+"/sourceValidationOnly",schemaPath:"#/properties/sourceValidationOnly/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.steps !== undefined){let data2 = data.steps;if(Array.isArray(data2)){const len0 = data2.length;for(let i0=0; i0<len0; i0++){if(!(validate20(data2[i0], {instancePath:instancePath+"/steps/" + i0,parentData:data2,parentDataProperty:i0,rootData}))){vErrors = vErrors === null ? validate20.errors : vErrors.concat(validate20.errors);errors = vErrors.length;}}}else {const err3 = {instancePath:instancePath+"/steps",schemaPath:"#/properties/steps/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}}else {const err4 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}validate22.errors = vErrors;return errors === 0;}const func3 = Object.prototype.hasOwnProperty;const func0 = external_node_util_.isDeepStrictEqual;const pattern18 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._-]*$", "u");const pattern21 = new RegExp("^(latest|[0-9]+\\.[0-9]+\\.[0-9]+)$", "u");const pattern23 = new RegExp("^[0-9A-F]{40}$", "u");const pattern24 = new RegExp("^-----BEGIN PGP PUBLIC KEY BLOCK-----\\n[A-Za-z0-9+/=:. ()\\n-]+-----END PGP PUBLIC KEY BLOCK-----\\n?$", "u");const pattern32 = new RegExp("^(\\*\\.)?[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$", "u");const pattern33 = new RegExp("^[^<>%&\\\\?/]+$", "u");function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){/*# sourceURL="https://aks-jumpbox-image/schema/definition.schema.json" */;let vErrors = null;let errors = 0;const _errs1 = errors;let valid0 = true;const _errs2 = errors;const _errs3 = errors;const _errs4 = errors;if(data && typeof data == "object" && !Array.isArray(data)){let missing0;if((data.extends === undefined) && (missing0 = "extends")){const err0 = {};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}var valid1 = _errs4 === errors;if(valid1){const err1 = {};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}else {errors = _errs3;if(vErrors !== null){if(_errs3){vErrors.length = _errs3;}else {vErrors = null;}}}var _valid0 = _errs2 === errors;errors = _errs1;if(vErrors !== null){if(_errs1){vErrors.length = _errs1;}else {vErrors = null;}}if(_valid0){const _errs5 = errors;const _errs6 = errors;const _errs7 = errors;if(data && typeof data == "object" && !Array.isArray(data)){let missing1;if((data.remove === undefined) && (missing1 = "remove")){const err2 = {};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}var valid2 = _errs7 === errors;if(valid2){const err3 = {instancePath,schemaPath:"#/then/not",keyword:"not",params:{},message:"must NOT be valid"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}else {errors = _errs6;if(vErrors !== null){if(_errs6){vErrors.length = _errs6;}else {vErrors = null;}}}if(data && typeof data == "object" && !Array.isArray(data)){if(data.baseImage === undefined){const err4 = {instancePath,schemaPath:"#/then/required",keyword:"required",params:{missingProperty: "baseImage"},message:"must have required property '"+"baseImage"+"'"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}if(data.architecture === undefined){const err5 = {instancePath,schemaPath:"#/then/required",keyword:"required",params:{missingProperty: "architecture"},message:"must have required property '"+"architecture"+"'"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}if(data.tools === undefined){const err6 = {instancePath,schemaPath:"#/then/required",keyword:"required",params:{missingProperty: "tools"},message:"must have required property '"+"tools"+"'"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}if(data.tools !== undefined){let data0 = data.tools;if(Array.isArray(data0)){const len0 = data0.length;for(let i0=0; i0<len0; i0++){if(!(validate11(data0[i0], {instancePath:instancePath+"/tools/" + i0,parentData:data0,parentDataProperty:i0,rootData}))){vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);errors = vErrors.length;}}}}}var _valid0 = _errs5 === errors;valid0 = _valid0;}if(!valid0){const err7 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!(func3.call(schema11.properties, key0))){const err8 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data.extends !== undefined){if(!(data.extends === "default")){const err9 = {instancePath:instancePath+"/extends",schemaPath:"#/properties/extends/enum",keyword:"enum",params:{allowedValues: schema11.properties.extends.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data.remove !== undefined){let data3 = data.remove;if(Array.isArray(data3)){const len1 = data3.length;for(let i1=0; i1<len1; i1++){let data4 = data3[i1];if(typeof data4 === "string"){if(!pattern0.test(data4)){const err10 = {instancePath:instancePath+"/remove/" + i1,schemaPath:"#/definitions/name/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9._-]{0,62}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9._-]{0,62}$"+"\""};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}else {const err11 = {instancePath:instancePath+"/remove/" + i1,schemaPath:"#/definitions/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}let i2 = data3.length;let j0;if(i2 > 1){outer0:for(;i2--;){for(j0 = i2; j0--;){if(func0(data3[i2], data3[j0])){const err12 = {instancePath:instancePath+"/remove",schemaPath:"#/properties/remove/uniqueItems",keyword:"uniqueItems",params:{i: i2, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i2+" are identical)"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;break outer0;}}}}}else {const err13 = {instancePath:instancePath+"/remove",schemaPath:"#/properties/remove/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}if(data.baseImage !== undefined){let data5 = data.baseImage;if(data5 && typeof data5 == "object" && !Array.isArray(data5)){for(const key1 in data5){if(!((((key1 === "publisher") || (key1 === "offer")) || (key1 === "sku")) || (key1 === "version"))){const err14 = {instancePath:instancePath+"/baseImage",schemaPath:"#/definitions/baseImage/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}if(data5.publisher !== undefined){let data6 = data5.publisher;if(typeof data6 === "string"){if(!pattern18.test(data6)){const err15 = {instancePath:instancePath+"/baseImage/publisher",schemaPath:"#/definitions/baseImage/properties/publisher/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9._-]*$"+"\""};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}else {const err16 = {instancePath:instancePath+"/baseImage/publisher",schemaPath:"#/definitions/baseImage/properties/publisher/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}if(data5.offer !== undefined){let data7 = data5.offer;if(typeof data7 === "string"){if(!pattern18.test(data7)){const err17 = {instancePath:instancePath+"/baseImage/offer",schemaPath:"#/definitions/baseImage/properties/offer/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9._-]*$"+"\""};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}else {const err18 = {instancePath:instancePath+"/baseImage/offer",schemaPath:"#/definitions/baseImage/properties/offer/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}if(data5.sku !== undefined){let data8 = data5.sku;if(typeof data8 === "string"){if(!pattern18.test(data8)){const err19 = {instancePath:instancePath+"/baseImage/sku",schemaPath:"#/definitions/baseImage/properties/sku/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9._-]*$"+"\""};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}else {const err20 = {instancePath:instancePath+"/baseImage/sku",schemaPath:"#/definitions/baseImage/properties/sku/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}if(data5.version !== undefined){let data9 = data5.version;if(typeof data9 === "string"){if(!pattern21.test(data9)){const err21 = {instancePath:instancePath+"/baseImage/version",schemaPath:"#/definitions/baseImage/properties/version/pattern",keyword:"pattern",params:{pattern: "^(latest|[0-9]+\\.[0-9]+\\.[0-9]+)$"},message:"must match pattern \""+"^(latest|[0-9]+\\.[0-9]+\\.[0-9]+)$"+"\""};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}else {const err22 = {instancePath:instancePath+"/baseImage/version",schemaPath:"#/definitions/baseImage/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}}else {const err23 = {instancePath:instancePath+"/baseImage",schemaPath:"#/definitions/baseImage/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}if(data.architecture !== undefined){let data10 = data.architecture;if(!((data10 === "amd64") || (data10 === "arm64"))){const err24 = {instancePath:instancePath+"/architecture",schemaPath:"#/properties/architecture/enum",keyword:"enum",params:{allowedValues: schema11.properties.architecture.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}if(data.keys !== undefined){let data11 = data.keys;if(data11 && typeof data11 == "object" && !Array.isArray(data11)){for(const key2 in data11){const _errs32 = errors;if(typeof key2 === "string"){if(!pattern0.test(key2)){const err25 = {instancePath:instancePath+"/keys",schemaPath:"#/definitions/name/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9._-]{0,62}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9._-]{0,62}$"+"\"",propertyName:key2};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}else {const err26 = {instancePath:instancePath+"/keys",schemaPath:"#/definitions/name/type",keyword:"type",params:{type: "string"},message:"must be string",propertyName:key2};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}var valid13 = _errs32 === errors;if(!valid13){const err27 = {instancePath:instancePath+"/keys",schemaPath:"#/properties/keys/propertyNames",keyword:"propertyNames",params:{propertyName: key2},message:"property name must be valid"};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}}for(const key3 in data11){let data12 = data11[key3];if(data12 && typeof data12 == "object" && !Array.isArray(data12)){if(data12.fingerprints === undefined){const err28 = {instancePath:instancePath+"/keys/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/key/required",keyword:"required",params:{missingProperty: "fingerprints"},message:"must have required property '"+"fingerprints"+"'"};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}if(data12.armored === undefined){const err29 = {instancePath:instancePath+"/keys/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/key/required",keyword:"required",params:{missingProperty: "armored"},message:"must have required property '"+"armored"+"'"};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}for(const key4 in data12){if(!(((key4 === "description") || (key4 === "fingerprints")) || (key4 === "armored"))){const err30 = {instancePath:instancePath+"/keys/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/key/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}if(data12.description !== undefined){if(typeof data12.description !== "string"){const err31 = {instancePath:instancePath+"/keys/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/description",schemaPath:"#/definitions/key/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}}if(data12.fingerprints !== undefined){let data14 = data12.fingerprints;if(Array.isArray(data14)){if(data14.length < 1){const err32 = {instancePath:instancePath+"/keys/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/fingerprints",schemaPath:"#/definitions/key/properties/fingerprints/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}const len2 = data14.length;for(let i3=0; i3<len2; i3++){let data15 = data14[i3];if(typeof data15 === "string"){if(!pattern23.test(data15)){const err33 = {instancePath:instancePath+"/keys/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/fingerprints/" + i3,schemaPath:"#/definitions/key/properties/fingerprints/items/pattern",keyword:"pattern",params:{pattern: "^[0-9A-F]{40}$"},message:"must match pattern \""+"^[0-9A-F]{40}$"+"\""};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}}else {const err34 = {instancePath:instancePath+"/keys/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/fingerprints/" + i3,schemaPath:"#/definitions/key/properties/fingerprints/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}}}else {const err35 = {instancePath:instancePath+"/keys/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/fingerprints",schemaPath:"#/definitions/key/properties/fingerprints/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}}if(data12.armored !== undefined){let data16 = data12.armored;if(typeof data16 === "string"){if(!pattern24.test(data16)){const err36 = {instancePath:instancePath+"/keys/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/armored",schemaPath:"#/definitions/key/properties/armored/pattern",keyword:"pattern",params:{pattern: "^-----BEGIN PGP PUBLIC KEY BLOCK-----\\n[A-Za-z0-9+/=:. ()\\n-]+-----END PGP PUBLIC KEY BLOCK-----\\n?$"},message:"must match pattern \""+"^-----BEGIN PGP PUBLIC KEY BLOCK-----\\n[A-Za-z0-9+/=:. ()\\n-]+-----END PGP PUBLIC KEY BLOCK-----\\n?$"+"\""};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}}else {const err37 = {instancePath:instancePath+"/keys/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/armored",schemaPath:"#/definitions/key/properties/armored/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}}}else {const err38 = {instancePath:instancePath+"/keys/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/key/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}}}else {const err39 = {instancePath:instancePath+"/keys",schemaPath:"#/properties/keys/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}}if(data.apt !== undefined){if(!(validate17(data.apt, {instancePath:instancePath+"/apt",parentData:data,parentDataProperty:"apt",rootData}))){vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors);errors = vErrors.length;}}if(data.tools !== undefined){let data18 = data.tools;if(Array.isArray(data18)){const len3 = data18.length;for(let i4=0; i4<len3; i4++){if(!(validate12(data18[i4], {instancePath:instancePath+"/tools/" + i4,parentData:data18,parentDataProperty:i4,rootData}))){vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);errors = vErrors.length;}}}else {const err40 = {instancePath:instancePath+"/tools",schemaPath:"#/properties/tools/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}}if(data.steps !== undefined){let data20 = data.steps;if(Array.isArray(data20)){const len4 = data20.length;for(let i5=0; i5<len4; i5++){if(!(validate20(data20[i5], {instancePath:instancePath+"/steps/" + i5,parentData:data20,parentDataProperty:i5,rootData}))){vErrors = vErrors === null ? validate20.errors : vErrors.concat(validate20.errors);errors = vErrors.length;}}}else {const err41 = {instancePath:instancePath+"/steps",schemaPath:"#/properties/steps/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}}if(data.hardening !== undefined){let data22 = data.hardening;if(data22 && typeof data22 == "object" && !Array.isArray(data22)){for(const key5 in data22){if(!((((key5 === "osUpgrade") || (key5 === "unattendedUpgrades")) || (key5 === "cleanCaches")) || (key5 === "ssh"))){const err42 = {instancePath:instancePath+"/hardening",schemaPath:"#/definitions/hardening/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err42];}else {vErrors.push(err42);}errors++;}}if(data22.osUpgrade !== undefined){if(typeof data22.osUpgrade !== "boolean"){const err43 = {instancePath:instancePath+"/hardening/osUpgrade",schemaPath:"#/definitions/hardening/properties/osUpgrade/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err43];}else {vErrors.push(err43);}errors++;}}if(data22.unattendedUpgrades !== undefined){if(typeof data22.unattendedUpgrades !== "boolean"){const err44 = {instancePath:instancePath+"/hardening/unattendedUpgrades",schemaPath:"#/definitions/hardening/properties/unattendedUpgrades/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err44];}else {vErrors.push(err44);}errors++;}}if(data22.cleanCaches !== undefined){if(typeof data22.cleanCaches !== "boolean"){const err45 = {instancePath:instancePath+"/hardening/cleanCaches",schemaPath:"#/definitions/hardening/properties/cleanCaches/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err45];}else {vErrors.push(err45);}errors++;}}if(data22.ssh !== undefined){let data26 = data22.ssh;if(data26 && typeof data26 == "object" && !Array.isArray(data26)){for(const key6 in data26){if(!(func3.call(schema36.properties.ssh.properties, key6))){const err46 = {instancePath:instancePath+"/hardening/ssh",schemaPath:"#/definitions/hardening/properties/ssh/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err46];}else {vErrors.push(err46);}errors++;}}if(data26.enabled !== undefined){if(typeof data26.enabled !== "boolean"){const err47 = {instancePath:instancePath+"/hardening/ssh/enabled",schemaPath:"#/definitions/hardening/properties/ssh/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err47];}else {vErrors.push(err47);}errors++;}}if(data26.passwordAuthentication !== undefined){if(typeof data26.passwordAuthentication !== "boolean"){const err48 = {instancePath:instancePath+"/hardening/ssh/passwordAuthentication",schemaPath:"#/definitions/hardening/properties/ssh/properties/passwordAuthentication/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err48];}else {vErrors.push(err48);}errors++;}}if(data26.kbdInteractiveAuthentication !== undefined){if(typeof data26.kbdInteractiveAuthentication !== "boolean"){const err49 = {instancePath:instancePath+"/hardening/ssh/kbdInteractiveAuthentication",schemaPath:"#/definitions/hardening/properties/ssh/properties/kbdInteractiveAuthentication/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err49];}else {vErrors.push(err49);}errors++;}}if(data26.permitRootLogin !== undefined){if(typeof data26.permitRootLogin !== "boolean"){const err50 = {instancePath:instancePath+"/hardening/ssh/permitRootLogin",schemaPath:"#/definitions/hardening/properties/ssh/properties/permitRootLogin/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err50];}else {vErrors.push(err50);}errors++;}}if(data26.x11Forwarding !== undefined){if(typeof data26.x11Forwarding !== "boolean"){const err51 = {instancePath:instancePath+"/hardening/ssh/x11Forwarding",schemaPath:"#/definitions/hardening/properties/ssh/properties/x11Forwarding/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err51];}else {vErrors.push(err51);}errors++;}}if(data26.allowAgentForwarding !== undefined){if(typeof data26.allowAgentForwarding !== "boolean"){const err52 = {instancePath:instancePath+"/hardening/ssh/allowAgentForwarding",schemaPath:"#/definitions/hardening/properties/ssh/properties/allowAgentForwarding/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err52];}else {vErrors.push(err52);}errors++;}}if(data26.allowTcpForwarding !== undefined){let data33 = data26.allowTcpForwarding;if(!((((data33 === "yes") || (data33 === "no")) || (data33 === "local")) || (data33 === "remote"))){const err53 = {instancePath:instancePath+"/hardening/ssh/allowTcpForwarding",schemaPath:"#/definitions/hardening/properties/ssh/properties/allowTcpForwarding/enum",keyword:"enum",params:{allowedValues: schema36.properties.ssh.properties.allowTcpForwarding.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err53];}else {vErrors.push(err53);}errors++;}}if(data26.maxAuthTries !== undefined){let data34 = data26.maxAuthTries;if(!((typeof data34 == "number") && (!(data34 % 1) && !isNaN(data34)))){const err54 = {instancePath:instancePath+"/hardening/ssh/maxAuthTries",schemaPath:"#/definitions/hardening/properties/ssh/properties/maxAuthTries/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err54];}else {vErrors.push(err54);}errors++;}if(typeof data34 == "number"){if(data34 > 100 || isNaN(data34)){const err55 = {instancePath:instancePath+"/hardening/ssh/maxAuthTries",schemaPath:"#/definitions/hardening/properties/ssh/properties/maxAuthTries/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100"};if(vErrors === null){vErrors = [err55];}else {vErrors.push(err55);}errors++;}if(data34 < 1 || isNaN(data34)){const err56 = {instancePath:instancePath+"/hardening/ssh/maxAuthTries",schemaPath:"#/definitions/hardening/properties/ssh/properties/maxAuthTries/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};if(vErrors === null){vErrors = [err56];}else {vErrors.push(err56);}errors++;}}}if(data26.clientAliveInterval !== undefined){let data35 = data26.clientAliveInterval;if(!((typeof data35 == "number") && (!(data35 % 1) && !isNaN(data35)))){const err57 = {instancePath:instancePath+"/hardening/ssh/clientAliveInterval",schemaPath:"#/definitions/hardening/properties/ssh/properties/clientAliveInterval/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err57];}else {vErrors.push(err57);}errors++;}if(typeof data35 == "number"){if(data35 > 86400 || isNaN(data35)){const err58 = {instancePath:instancePath+"/hardening/ssh/clientAliveInterval",schemaPath:"#/definitions/hardening/properties/ssh/properties/clientAliveInterval/maximum",keyword:"maximum",params:{comparison: "<=", limit: 86400},message:"must be <= 86400"};if(vErrors === null){vErrors = [err58];}else {vErrors.push(err58);}errors++;}if(data35 < 0 || isNaN(data35)){const err59 = {instancePath:instancePath+"/hardening/ssh/clientAliveInterval",schemaPath:"#/definitions/hardening/properties/ssh/properties/clientAliveInterval/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err59];}else {vErrors.push(err59);}errors++;}}}if(data26.clientAliveCountMax !== undefined){let data36 = data26.clientAliveCountMax;if(!((typeof data36 == "number") && (!(data36 % 1) && !isNaN(data36)))){const err60 = {instancePath:instancePath+"/hardening/ssh/clientAliveCountMax",schemaPath:"#/definitions/hardening/properties/ssh/properties/clientAliveCountMax/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err60];}else {vErrors.push(err60);}errors++;}if(typeof data36 == "number"){if(data36 > 100 || isNaN(data36)){const err61 = {instancePath:instancePath+"/hardening/ssh/clientAliveCountMax",schemaPath:"#/definitions/hardening/properties/ssh/properties/clientAliveCountMax/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100"};if(vErrors === null){vErrors = [err61];}else {vErrors.push(err61);}errors++;}if(data36 < 0 || isNaN(data36)){const err62 = {instancePath:instancePath+"/hardening/ssh/clientAliveCountMax",schemaPath:"#/definitions/hardening/properties/ssh/properties/clientAliveCountMax/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err62];}else {vErrors.push(err62);}errors++;}}}if(data26.loginGraceTime !== undefined){let data37 = data26.loginGraceTime;if(!((typeof data37 == "number") && (!(data37 % 1) && !isNaN(data37)))){const err63 = {instancePath:instancePath+"/hardening/ssh/loginGraceTime",schemaPath:"#/definitions/hardening/properties/ssh/properties/loginGraceTime/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err63];}else {vErrors.push(err63);}errors++;}if(typeof data37 == "number"){if(data37 > 3600 || isNaN(data37)){const err64 = {instancePath:instancePath+"/hardening/ssh/loginGraceTime",schemaPath:"#/definitions/hardening/properties/ssh/properties/loginGraceTime/maximum",keyword:"maximum",params:{comparison: "<=", limit: 3600},message:"must be <= 3600"};if(vErrors === null){vErrors = [err64];}else {vErrors.push(err64);}errors++;}if(data37 < 0 || isNaN(data37)){const err65 = {instancePath:instancePath+"/hardening/ssh/loginGraceTime",schemaPath:"#/definitions/hardening/properties/ssh/properties/loginGraceTime/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err65];}else {vErrors.push(err65);}errors++;}}}}else {const err66 = {instancePath:instancePath+"/hardening/ssh",schemaPath:"#/definitions/hardening/properties/ssh/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err66];}else {vErrors.push(err66);}errors++;}}}else {const err67 = {instancePath:instancePath+"/hardening",schemaPath:"#/definitions/hardening/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err67];}else {vErrors.push(err67);}errors++;}}if(data.validation !== undefined){if(!(validate22(data.validation, {instancePath:instancePath+"/validation",parentData:data,parentDataProperty:"validation",rootData}))){vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);errors = vErrors.length;}}if(data.egress !== undefined){let data39 = data.egress;if(Array.isArray(data39)){const len5 = data39.length;for(let i6=0; i6<len5; i6++){let data40 = data39[i6];if(data40 && typeof data40 == "object" && !Array.isArray(data40)){if(data40.host === undefined){const err68 = {instancePath:instancePath+"/egress/" + i6,schemaPath:"#/definitions/egress/required",keyword:"required",params:{missingProperty: "host"},message:"must have required property '"+"host"+"'"};if(vErrors === null){vErrors = [err68];}else {vErrors.push(err68);}errors++;}if(data40.port === undefined){const err69 = {instancePath:instancePath+"/egress/" + i6,schemaPath:"#/definitions/egress/required",keyword:"required",params:{missingProperty: "port"},message:"must have required property '"+"port"+"'"};if(vErrors === null){vErrors = [err69];}else {vErrors.push(err69);}errors++;}if(data40.protocol === undefined){const err70 = {instancePath:instancePath+"/egress/" + i6,schemaPath:"#/definitions/egress/required",keyword:"required",params:{missingProperty: "protocol"},message:"must have required property '"+"protocol"+"'"};if(vErrors === null){vErrors = [err70];}else {vErrors.push(err70);}errors++;}if(data40.purpose === undefined){const err71 = {instancePath:instancePath+"/egress/" + i6,schemaPath:"#/definitions/egress/required",keyword:"required",params:{missingProperty: "purpose"},message:"must have required property '"+"purpose"+"'"};if(vErrors === null){vErrors = [err71];}else {vErrors.push(err71);}errors++;}for(const key7 in data40){if(!((((key7 === "host") || (key7 === "port")) || (key7 === "protocol")) || (key7 === "purpose"))){const err72 = {instancePath:instancePath+"/egress/" + i6,schemaPath:"#/definitions/egress/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err72];}else {vErrors.push(err72);}errors++;}}if(data40.host !== undefined){let data41 = data40.host;if(typeof data41 === "string"){if(!pattern32.test(data41)){const err73 = {instancePath:instancePath+"/egress/" + i6+"/host",schemaPath:"#/definitions/egress/properties/host/pattern",keyword:"pattern",params:{pattern: "^(\\*\\.)?[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$"},message:"must match pattern \""+"^(\\*\\.)?[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$"+"\""};if(vErrors === null){vErrors = [err73];}else {vErrors.push(err73);}errors++;}}else {const err74 = {instancePath:instancePath+"/egress/" + i6+"/host",schemaPath:"#/definitions/egress/properties/host/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err74];}else {vErrors.push(err74);}errors++;}}if(data40.port !== undefined){let data42 = data40.port;if(!((typeof data42 == "number") && (!(data42 % 1) && !isNaN(data42)))){const err75 = {instancePath:instancePath+"/egress/" + i6+"/port",schemaPath:"#/definitions/egress/properties/port/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err75];}else {vErrors.push(err75);}errors++;}if(typeof data42 == "number"){if(data42 > 65535 || isNaN(data42)){const err76 = {instancePath:instancePath+"/egress/" + i6+"/port",schemaPath:"#/definitions/egress/properties/port/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535},message:"must be <= 65535"};if(vErrors === null){vErrors = [err76];}else {vErrors.push(err76);}errors++;}if(data42 < 1 || isNaN(data42)){const err77 = {instancePath:instancePath+"/egress/" + i6+"/port",schemaPath:"#/definitions/egress/properties/port/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};if(vErrors === null){vErrors = [err77];}else {vErrors.push(err77);}errors++;}}}if(data40.protocol !== undefined){let data43 = data40.protocol;if(!((data43 === "http") || (data43 === "https"))){const err78 = {instancePath:instancePath+"/egress/" + i6+"/protocol",schemaPath:"#/definitions/egress/properties/protocol/enum",keyword:"enum",params:{allowedValues: schema38.properties.protocol.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err78];}else {vErrors.push(err78);}errors++;}}if(data40.purpose !== undefined){let data44 = data40.purpose;if(typeof data44 === "string"){if(func2(data44) < 1){const err79 = {instancePath:instancePath+"/egress/" + i6+"/purpose",schemaPath:"#/definitions/egress/properties/purpose/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err79];}else {vErrors.push(err79);}errors++;}}else {const err80 = {instancePath:instancePath+"/egress/" + i6+"/purpose",schemaPath:"#/definitions/egress/properties/purpose/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err80];}else {vErrors.push(err80);}errors++;}}}else {const err81 = {instancePath:instancePath+"/egress/" + i6,schemaPath:"#/definitions/egress/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err81];}else {vErrors.push(err81);}errors++;}}}else {const err82 = {instancePath:instancePath+"/egress",schemaPath:"#/properties/egress/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err82];}else {vErrors.push(err82);}errors++;}}if(data.tags !== undefined){let data45 = data.tags;if(data45 && typeof data45 == "object" && !Array.isArray(data45)){for(const key8 in data45){const _errs105 = errors;if(typeof key8 === "string"){if(func2(key8) > 512){const err83 = {instancePath:instancePath+"/tags",schemaPath:"#/properties/tags/propertyNames/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters",propertyName:key8};if(vErrors === null){vErrors = [err83];}else {vErrors.push(err83);}errors++;}if(func2(key8) < 1){const err84 = {instancePath:instancePath+"/tags",schemaPath:"#/properties/tags/propertyNames/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",propertyName:key8};if(vErrors === null){vErrors = [err84];}else {vErrors.push(err84);}errors++;}if(!pattern33.test(key8)){const err85 = {instancePath:instancePath+"/tags",schemaPath:"#/properties/tags/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[^<>%&\\\\?/]+$"},message:"must match pattern \""+"^[^<>%&\\\\?/]+$"+"\"",propertyName:key8};if(vErrors === null){vErrors = [err85];}else {vErrors.push(err85);}errors++;}}else {const err86 = {instancePath:instancePath+"/tags",schemaPath:"#/properties/tags/propertyNames/type",keyword:"type",params:{type: "string"},message:"must be string",propertyName:key8};if(vErrors === null){vErrors = [err86];}else {vErrors.push(err86);}errors++;}var valid31 = _errs105 === errors;if(!valid31){const err87 = {instancePath:instancePath+"/tags",schemaPath:"#/properties/tags/propertyNames",keyword:"propertyNames",params:{propertyName: key8},message:"property name must be valid"};if(vErrors === null){vErrors = [err87];}else {vErrors.push(err87);}errors++;}}for(const key9 in data45){let data46 = data45[key9];if(typeof data46 === "string"){if(func2(data46) > 256){const err88 = {instancePath:instancePath+"/tags/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/tags/additionalProperties/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"};if(vErrors === null){vErrors = [err88];}else {vErrors.push(err88);}errors++;}}else {const err89 = {instancePath:instancePath+"/tags/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/tags/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err89];}else {vErrors.push(err89);}errors++;}}}else {const err90 = {instancePath:instancePath+"/tags",schemaPath:"#/properties/tags/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err90];}else {vErrors.push(err90);}errors++;}}}else {const err91 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err91];}else {vErrors.push(err91);}errors++;}validate10.errors = vErrors;return errors === 0;}

;// CONCATENATED MODULE: ./src/core/definition/schema-check.ts
// The schema compiled at build time (scripts/schema-validator.mjs): no Ajv compile at run time.


const PATTERN_REASONS = {
    version: 'is not a version (expected e.g. 1.31.2)',
    url: 'is not an allowed URL (expected https://host/path, or http://127.0.0.1/ for tests)',
    sha256: 'is not a sha256 (expected 64 lower-case hex digits)',
    name: "is not a valid name (lower-case letters, digits, '.', '_', '-')",
    absolutePath: 'is not an absolute path',
};
function describeAjvError(e, data) {
    const path = e.instancePath
        .split('/')
        .slice(1)
        .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
        .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
    const where = formatPath(path);
    const prefix = where ? `${where}: ` : '';
    const value = path.reduce((v, k) => v?.[k], data);
    switch (e.keyword) {
        case 'additionalProperties': {
            const key = e.params.additionalProperty;
            return { path, key, message: `${prefix}unknown key "${key}"` };
        }
        case 'required': {
            const key = e.params.missingProperty;
            return { path, message: `${prefix}missing required key "${key}"` };
        }
        case 'not':
            if (e.schemaPath === '#/then/not')
                return { path, key: 'remove', message: '"remove" is only allowed together with "extends: default"' };
            return undefined;
        case 'pattern': {
            const m = /#\/definitions\/([A-Za-z0-9]+)\/pattern$/.exec(e.schemaPath);
            const reason = (m && PATTERN_REASONS[m[1]]) ?? `does not match ${e.params.pattern}`;
            return { path, message: `${where} ${JSON.stringify(value)} ${reason}` };
        }
        case 'enum':
            return {
                path,
                message: `${where || 'value'} ${JSON.stringify(value)} must be one of: ${(e.params.allowedValues ?? []).join(', ')}`,
            };
        case 'if':
        case 'oneOf':
        case 'anyOf':
            return undefined;
        default:
            return { path, message: `${where || 'definition'} ${e.message ?? e.keyword}` };
    }
}
function checkSchema(source, data) {
    const validate = definition_validate;
    if (validate(data))
        return;
    const problems = [];
    for (const e of validate.errors ?? []) {
        // Branch errors of "which kind of tool is this" are reported by checkTool with a clear message.
        if (e.schemaPath.includes('/completeTool/allOf/2'))
            continue;
        const d = describeAjvError(e, data);
        if (d)
            problems.push({ line: lineOf(source, d.path, d.key), message: d.message });
    }
    if (problems.length)
        throw definitionError(source, problems);
}

;// CONCATENATED MODULE: ./src/core/definition/tool-checks.ts
/**
 * Checks of a resolved definition (after `extends: default`): every tool complete and consistent, removals and
 * keys that exist. Problems are located in the file that contributed the value.
 */

function downloadProblems(tool, d, architecture, keys) {
    const out = [];
    const add = (field, reason) => out.push({ field, reason });
    if (!tool.installPath)
        add([], `tool "${tool.name}" needs installPath`);
    if (!tool.check?.pattern)
        add([], `tool "${tool.name}" needs check.pattern to verify its version`);
    if (!d.url)
        add(['download'], 'missing required key "url"');
    if (!d.sha256?.[architecture] && !d.checksum)
        add(['download'], `needs sha256.${architecture} or checksum.url: every download is verified`);
    if ((d.archive === 'tar.gz' || d.archive === 'zip') && !d.member)
        add(['download'], `needs member (the executable's path inside the ${d.archive})`);
    if (d.signature && !keys.has(d.signature.key))
        add(['download', 'signature', 'key'], `key "${d.signature.key}" is not defined under keys`);
    if (d.signature?.of === 'checksum' && !d.checksum)
        add(['download', 'signature'], 'signs the checksum file, but there is no checksum.url');
    return out;
}
function patternProblems(pattern) {
    if (!pattern)
        return [];
    const field = ['check', 'pattern'];
    if (/\\[dDwWsSb]|\(\?/.test(pattern)) {
        return [
            {
                field,
                reason: 'must be a POSIX extended regular expression (bash =~): use [0-9] and [[:space:]], not \\d, \\s or (?...)',
            },
        ];
    }
    try {
        new RegExp(pattern);
    }
    catch {
        return [{ field, reason: 'is not a valid regular expression' }];
    }
    return /\((?!\?)/.test(pattern) ? [] : [{ field, reason: 'needs a group ( ) that captures the version' }];
}
/** Reasons a resolved tool is incomplete or inconsistent, relative to the tool entry. */
function checkTool(tool, architecture, keys) {
    const out = [];
    if (!tool.version)
        out.push({ field: [], reason: `tool "${tool.name}" has no version` });
    const kinds = ['download', 'apt', 'azureCliExtension'].filter((k) => tool[k] !== undefined);
    if (kinds.length !== 1) {
        const has = kinds.length ? kinds.join(', ') : 'none';
        out.push({
            field: [],
            reason: `tool "${tool.name}" must have exactly one of download, apt, azureCliExtension (has ${has})`,
        });
        return out;
    }
    if (tool.download)
        out.push(...downloadProblems(tool, tool.download, architecture, keys));
    if (tool.apt && !(tool.check?.command && tool.check.pattern))
        out.push({ field: [], reason: `tool "${tool.name}" needs check.command and check.pattern` });
    return [...out, ...patternProblems(tool.check?.pattern)];
}
const toolsOf = (data) => Array.isArray(data?.tools) ? data.tools : [];
/** Tool problems, split by the file (user or built-in) whose entry contributed the tool. */
function toolProblems(resolved, sources, keys) {
    const user = [];
    const base = [];
    const userTools = toolsOf(sources.userData);
    const baseTools = toolsOf(sources.baseData);
    for (const tool of resolved.tools) {
        const ui = userTools.findIndex((t) => t.name === tool.name);
        const src = ui >= 0 ? sources.user : sources.base;
        const idx = ui >= 0 ? ui : baseTools.findIndex((t) => t.name === tool.name);
        for (const { field, reason } of checkTool(tool, resolved.architecture, keys)) {
            const path = ['tools', idx, ...field];
            (ui >= 0 ? user : base).push({ line: lineOf(src, path), message: `${formatPath(path)}: ${reason}` });
        }
    }
    return { user, base };
}
function referenceProblems(resolved, sources, keys) {
    const problems = [];
    const baseTools = toolsOf(sources.baseData);
    (sources.userData.remove ?? []).forEach((name, i) => {
        if (!baseTools.some((t) => t.name === name))
            problems.push({
                line: lineOf(sources.user, ['remove', i]),
                message: `remove[${i}]: tool "${name}" is not in the default definition`,
            });
    });
    const userRepos = sources.userData.apt?.repositories;
    for (const r of resolved.apt?.repositories ?? []) {
        if (keys.has(r.key))
            continue;
        const path = [
            'apt',
            'repositories',
            userRepos?.findIndex((x) => x.name === r.name) ?? 0,
            'key',
        ];
        problems.push({
            line: lineOf(sources.user, path),
            message: `${formatPath(path)}: key "${r.key}" is not defined under keys`,
        });
    }
    if (resolved.tools.some((t) => t.azureCliExtension) &&
        !resolved.tools.some((t) => t.name === 'azure-cli')) {
        problems.push({
            line: lineOf(sources.user, ['tools']),
            message: 'tools: an azureCliExtension tool needs the azure-cli tool',
        });
    }
    return problems;
}
/** Validates a resolved definition; throws a SettingsError located in the file that contributed the value. */
function checkResolved(resolved, sources) {
    const keys = new Set(Object.keys(resolved.keys ?? {}));
    const tools = toolProblems(resolved, sources, keys);
    const problems = [...tools.user, ...referenceProblems(resolved, sources, keys)];
    if (tools.base.length && sources.base)
        throw definitionError(sources.base, tools.base);
    if (problems.length)
        throw definitionError(sources.user, problems);
}

;// CONCATENATED MODULE: ./src/core/definition/load.ts
/**
 * Loading a definition file: YAML parsing with line numbers (source.ts), JSON Schema validation (schema-check.ts),
 * checks of the file's own content (file-checks.ts), applying `extends: default` / `remove` (extends.ts) and
 * checks of the result (tool-checks.ts). Every error names the file, the line and the reason.
 */










function stripUndefined(value) {
    return JSON.parse(JSON.stringify(value));
}
function loadFromText(text, file, base) {
    const { source, data } = parseSource(text, file);
    return loadParsed(source, data, base);
}
function loadParsed(source, data, base) {
    checkSchema(source, data);
    const problems = checkFile(source, data);
    if (problems.length)
        throw definitionError(source, problems);
    if (data.extends === undefined) {
        const resolved = stripUndefined(data);
        checkResolved(resolved, { user: source, userData: data });
        return resolved;
    }
    if (!base)
        throw definitionError(source, [
            { line: lineOf(source, ['extends']), message: 'the default cannot extend itself' },
        ]);
    const b = base();
    const resolved = stripUndefined(applyExtends(b.definition, data));
    checkResolved(resolved, { user: source, userData: data, base: b.source, baseData: b.data });
    return resolved;
}
let cachedDefault;
/** The built-in definition with its YAML source: only a file that extends it needs the lines, for its errors. */
function builtIn() {
    if (!cachedDefault) {
        const { source, data } = parseSource(DEFAULT_DEFINITION_YAML, DEFAULT_DEFINITION_NAME);
        cachedDefault = { definition: loadParsed(source, data), source, data };
    }
    return cachedDefault;
}
/**
 * The built-in definition (a fresh copy each call), resolved at build time (scripts/resolved-definition.ts): parsing
 * its YAML with line numbers was most of a run's work before its first request.
 */

/** Parses and resolves definition text; `file` is used in error messages. */
function parseDefinition(text, file) {
    return loadFromText(text, file, builtIn);
}
async function loadDefinition(options = {}) {
    if (options.path === undefined)
        return (0,definition_default/* defaultDefinition */.X)();
    let text;
    try {
        text = await (0,promises_.readFile)(options.path, 'utf8');
    }
    catch (err) {
        throw new input_reader/* SettingsError */.G(`${options.path}: cannot read the definition file: ${err.message}`, {
            cause: err,
        });
    }
    return parseDefinition(text, options.path);
}


/***/ })

};
