/**
 * The built-in jump box definition, embedded as YAML text so that bundling needs no runtime file reads.
 * It goes through the same loader as user files (schema, semantic checks), so it is documented by example.
 */
export const DEFAULT_DEFINITION_NAME = '<built-in default definition>';

export const DEFAULT_DEFINITION_YAML = String.raw`
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
