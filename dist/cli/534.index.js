export const id=534,ids=[534],modules={8534:((_,u,o)=>{o.d(u,{runPermissionsCommand:()=>c});var n=o(8168),a=o(7911);function c(s){const i={};for(const e of n.Qh)i[e]=s.str(e);const m=(0,n.P$)(i,{nameOf:e=>`--${e}`}),t=(0,n.Mm)(m,s.str("assignee"));if(s.json){const e=t.requirements.map(r=>({...r,scope:r.scope.id,scopeKind:r.scope.kind}));return s.out.write(`${JSON.stringify({...t,requirements:e},null,2)}
`),0}const d=["## What the run does (per feature and scope)","",...(0,n.b4)(t.requirements),"",...(0,n.ji)(t)];return s.out.write(`${d.join(`
`)}
`),0}})};
