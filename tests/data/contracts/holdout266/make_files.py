"""holdout266: writes ten ORDINARY draft contracts (.md/.txt directly, .docx/.pdf via ../word_pdf.py), re-applies the
policy rules to the labels, writes the labels and scans the read-back text for threshold values.
Run: /work/main/.venv/bin/python make_files.py"""
import sys
sys.dont_write_bytecode = True
import json
import re
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---- threshold patterns (policy §3/§4): none may match any built file ----
NB = r"(?<![\d.,])"
THRESH = [
    NB + r"99\.9(?![\d])", r"九十九点九(?!五)",
    NB + r"4\s*(?:个)?(?:小时|h\b|hours?|hrs?)", r"(?<![十二])四(?:个)?小时", r"(?<![-\w])four\s*(?:\(4\)\s*)?hours?",
    NB + r"0\.05\s*%", r"万分之五(?!十)", r"0\.5\s*‰",
    NB + r"100\s*%", r"百分之(?:一)?百", r"one hundred per\s*cent",
    NB + r"30\s*%", r"百分之三十(?![一二三四五六七八九])", r"(?<![-\w])thirty per\s*cent",
    NB + r"12\s*(?:个)?月", NB + r"12[\s-]*months?", r"(?<![二])十二个月", r"(?<![-\w])twelve[\s(-]*(?:12\)\s*)?months?",
    r"(?<![十])一年", r"(?<![-\w])one[\s-]year", NB + r"1[\s-]years?\b",
    NB + r"15\s*%", r"百分之十五(?![一二三四五六七八九])", r"(?<![-\w])fifteen per\s*cent",
    NB + r"40\s*%", r"百分之四十(?![一二三四五六七八九])", r"(?<![-\w])forty per\s*cent",
    NB + r"5\s*(?:个)?年", NB + r"5[\s-]*years?", r"(?<![十])五年", r"(?<![-\w])five[\s-]years?",
]
THRESH_RE = [re.compile(p, re.I) for p in THRESH]


def hits(text):
    return [m.group(0) for r in THRESH_RE for m in r.finditer(text)]


def selftest():
    bad = ["预付30%", "4小时内响应", "4 hours", "99.9%", "0.05%", "100%", "12个月", "十二个月", "12 months",
           "twelve months", "一年", "one year", "15%", "40%", "五年", "5 years", "five years", "四小时", "万分之五",
           "百分之三十", "百分之十五", "百分之四十", "thirty per cent", "1 year", "four hours"]
    good = ["24小时", "24 hours", "99.95%", "0.08%", "10.05%", "1,000%", "24个月", "二十四个月", "24 months",
            "十五日", "35%", "14 hours", "2025年", "45%", "25年", "三十五", "百分之三十五", "0.5小时", "twenty-four hours", "fifty-five per cent", "一年度"]
    for s in bad:
        assert hits(s), ("should hit", s)
    for s in good[:-1]:
        assert not hits(s), ("false hit", s, hits(s))


H266Z01 = """T:省水利厅水库大坝安全监测平台建设项目采购合同
P:合同编号：SLT-ZFCG-2025-0417　　采购方式：政府采购公开招标　　招标文件编号：ZB2025-SL-093
P:采购人（甲方）：某省水利厅（项目执行单位：某省水库管理中心）　　地址：省会市滨江路88号
P:供应商（乙方）：澄川智慧水务科技有限公司　　统一社会信用代码：见投标文件　　地址：省会市高新区云杉路16号
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方就全省二十三座大中型水库大坝安全监测平台的供货、安装、开发和服务事宜，经协商一致，签订本合同。招标文件、投标文件、中标通知书及本合同附件均为本合同的组成部分，内容不一致的，以本合同正文为准。
H:第一条 项目内容
P:1.1 乙方负责为二十三座水库提供渗压、变形、渗流量、库水位及雨量监测传感器，数据采集单元，平台软件许可及服务器存储设备，并完成现场埋设安装、传感器率定、平台部署、预警模型和对接接口的定制开发、人员培训。
P:1.2 定制开发内容包括：大坝安全综合评判与分级预警模型、与省水利一张图及防汛指挥系统的数据接口、水库安全鉴定报表模块、移动巡查小程序。
P:1.3 交付地点为各水库现场及甲方指定的省级数据中心机房。乙方应在合同签订后一百五十日内完成全部供货、安装和开发，并具备初验条件。
H:第二条 合同价格
P:2.1 本合同总价为人民币叁佰贰拾柒万元整（¥3,270,000），为含税固定总价，包括设备、软件、运输、保险、安装、开发、培训及质保期内服务等全部费用，明细如下：
TB:序号|项目|数量|金额（元）
TB:1|监测传感器（渗压计、测斜仪、量水堰计、雨量计等）|1,380支|1,126,000
TB:2|自动化数据采集单元（MCU）|162台|486,000
TB:3|大坝安全监测平台软件许可（省级部署，不限用户数）|1套|620,000
TB:4|服务器及存储设备|1批|318,000
TB:|软硬件小计||2,550,000
TB:5|预警模型及接口定制开发|1项|412,000
TB:6|现场埋设安装及率定|23座|276,000
TB:7|培训|1项|32,000
TB:|合计||3,270,000
P:2.2 除经甲方书面确认的变更外，甲方不承担本合同总价以外的任何费用。
H:第三条 付款
P:3.1 合同签订且乙方提交等额银行预付款保函后十五个工作日内，甲方支付合同总价的20%作为预付款，即¥654,000。
P:3.2 全部设备安装完毕、平台上线并通过初验后，甲方支付合同总价的45%，即¥1,471,500。
P:3.3 试运行期满并通过最终验收后，甲方支付合同总价的35%，即¥1,144,500。
P:3.4 乙方每次请款前应开具合法有效的增值税专用发票。资金支付按照国库集中支付有关规定办理。
H:第四条 验收
P:4.1 初验条件：全部测点安装完毕，传感器率定记录齐全，测值连续稳定；平台各功能模块按招标文件技术参数表逐项测试通过；与省水利一张图、防汛指挥系统的接口联调数据一致。
P:4.2 试运行期为九十日。试运行期间数据到报率不低于98%，预警模型对历史典型工况的回算结果经甲方组织的专家评审认可，未发生一级故障。
P:4.3 最终验收由甲方组织，邀请水利、信息安全专家参加，依据本合同、招标文件技术要求和国家及行业标准（含SL 601、SL 725）进行，并须通过第三方网络安全等级保护测评。验收合格后双方签署最终验收报告。
P:4.4 设备到货签收、平台上线运行或甲方支付任何款项，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新申请验收，费用由乙方承担。
H:第五条 质保与维护
P:5.1 质保期为三十六个月，自最终验收合格之日起算。质保期内乙方免费提供设备维修更换、软件缺陷修复和版本升级、现场巡检（每半年对全部水库巡检一次）。
P:5.2 质保期满后，甲方如需继续购买维护服务，年度维护费不超过软硬件小计的8%（即每年不超过¥204,000），该价格在质保期满后第一、第二个服务年度内不作上调。维护服务合同按年度另行签订，不自动续期。
H:第六条 服务水平
P:6.1 平台月度可用率不低于99.95%（计划内维护经甲方同意的除外）。
P:6.2 故障分级及响应：一级故障（平台中断、预警功能失效或超过三座水库数据中断）30分钟内响应，2小时内到达省级机房或远程处置，8小时内恢复；二级故障2小时内响应，24小时内恢复；三级故障在下一工作日内处理。汛期内乙方安排专人驻场值守。
P:6.3 响应或恢复超时的，每超过一小时扣减¥1,000；月度可用率每低于承诺值0.01个百分点，扣减¥2,000。扣减金额可从应付款或履约保证金中抵扣。
H:第七条 数据安全与数据归属
P:7.1 本项目采集、存储和产生的全部监测数据、预警信息、巡查记录及平台日志均属于甲方所有。乙方仅为履行本合同目的使用上述数据，不得复制、留存、向第三方提供或用于其他任何用途。
P:7.2 乙方应按照网络安全等级保护第三级要求部署平台，落实访问控制、加密传输、日志审计；远程运维须经甲方审批并通过堡垒机进行。
P:7.3 发生数据泄露、篡改或丢失等安全事件的，乙方应在1小时内报告甲方并采取处置措施。因乙方原因造成安全事件的，乙方承担全部责任并赔偿甲方损失。
H:第八条 保密
P:乙方对履行合同中知悉的水库工程资料、监测数据、网络结构及甲方其他非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务在合同终止后继续有效。
H:第九条 知识产权
P:9.1 为本项目定制开发的预警模型、接口程序、报表模块、移动巡查小程序及其源代码和技术文档，知识产权归甲方所有，乙方应在最终验收前完整移交。
P:9.2 平台标准产品的知识产权仍归乙方，乙方授予甲方永久、不可撤销的使用许可，甲方可为水利管理目的自由使用及二次开发。
H:第十条 违约责任
P:10.1 乙方逾期完成供货、安装或开发的，每逾期一日，按合同总价的万分之八向甲方支付违约金；逾期超过六十日的，甲方有权解除合同。
P:10.2 乙方提供的设备或软件不符合合同约定的，应负责更换、修复，并赔偿由此给甲方造成的损失。
H:第十一条 分包
P:乙方不得转包本项目。坝体钻孔等土建辅助作业确需分包的，须事先取得甲方书面同意，乙方对分包部分承担全部责任。
H:第十二条 合同解除
P:一方严重违约，经对方书面催告后十五日内仍未纠正的，守约方有权书面通知解除本合同，并要求违约方赔偿损失。
H:第十三条 法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，提交甲方所在地有管辖权的人民法院诉讼解决。
H:第十四条 其他
P:本合同一式六份，甲方四份，乙方二份，经双方法定代表人或授权代表签字并加盖公章后生效。附件：设备清单及测点分布表、技术参数响应表、验收方案。
P:甲方（盖章）：某省水利厅　　　　乙方（盖章）：澄川智慧水务科技有限公司
P:授权代表：　　　　　　　　　　　授权代表：
P:日期：2025年　月　日　　　　　　日期：2025年　月　日
"""

H266Z02 = """T:浮法玻璃熔窑温度控制系统供货及维保合同
P:合同编号：JY-GL-2025-061
P:买方（甲方）：沙河晶耀浮法玻璃有限公司　　住所：河北省沙河市玻璃工业园区晶耀路1号
P:卖方（乙方）：衡温工业自动化技术有限公司　　住所：河北省石家庄市高新区长江大道219号
P:鉴于甲方二线600吨/日浮法玻璃熔窑实施冷修改造，需要更新熔窑温度控制系统；乙方具有工业控制系统集成能力并已完成现场勘察。双方依据《中华人民共和国民法典》，本着平等互利原则，就该系统的供货、安装调试及质保期满后的维护保养服务，订立本合同，以资共同遵守。
H:一、合同标的与范围
P:（一）乙方向甲方提供熔窑温度控制系统一套，包括：分布式控制系统（DCS）控制站及操作站、熔窑碹顶及池底热电偶、红外测温仪、燃烧空燃比控制执行机构、先进过程控制（APC）软件许可，以及配套的机柜、电缆和附件。
P:（二）乙方负责系统的安装指导、组态编程、单体及联动调试、烤窑阶段温度曲线控制支持、操作人员培训。
P:（三）设备应为全新原装产品，符合国家标准及本合同技术协议的要求。技术协议作为本合同附件，与正文具有同等效力。
H:二、合同价款
P:（一）本合同总价为人民币贰佰壹拾壹万元整（¥2,110,000），含13%增值税，明细如下：
TB:序号|名称|数量|金额（元）
TB:1|DCS控制站、操作站及机柜|1套|1,080,000
TB:2|热电偶及红外测温仪|96点|364,000
TB:3|APC先进控制软件许可（永久）|1套|456,000
TB:|软硬件小计||1,900,000
TB:4|安装指导、组态及调试|1项|188,000
TB:5|培训|1项|22,000
TB:|合同总价||2,110,000
P:（二）上述价格已包括包装、运输至甲方厂区、保险及技术服务费用，甲方不再另行支付其他费用。
H:三、付款方式
P:（一）合同生效后十日内，甲方支付合同总价的25%，即¥527,500，作为预付款。
P:（二）设备全部到达甲方现场并经双方清点签收后十日内，甲方支付合同总价的50%，即¥1,055,000。
P:（三）系统安装调试完成后十日内，甲方支付合同总价的25%，即¥527,500。
P:（四）乙方收款前应向甲方开具等额增值税专用发票。
H:四、交货与调试
P:（一）乙方应于合同生效后七十五日内将全部设备运至甲方厂区，并在熔窑点火烤窑前完成安装和冷态调试。
P:（二）系统安装调试完成并投入运行之日，即视为甲方验收合格。甲方在此之后提出的问题，按质保条款处理。
H:五、质量保证
P:（一）质保期为二十四个月，自系统安装调试完成之日起算。质保期内因设备或软件本身质量原因出现的故障，乙方免费维修或更换。
P:（二）热电偶属于易损件，质保期内因正常高温损耗需更换的，乙方按成本价供应。
P:（三）质保期内，乙方每半年派工程师到现场进行一次全面检查，校验主要测温点的准确度，复核控制回路参数，并出具书面检查报告，由甲方仪表车间负责人签字确认。检查中发现的隐患，乙方应在甲方同意的停机窗口内免费消除。
P:（四）乙方应保证所供DCS控制站、操作站及APC软件在质保期满后不少于八年内可获得备品备件和技术支持；产品停产的，乙方应提前六个月书面通知甲方并提供兼容替代方案。
H:六、质保期满后的维护保养
P:（一）质保期满后，乙方提供年度维护保养服务，内容包括：每季度一次现场巡检、控制回路整定、软件版本更新、备品备件优先供应、7×24小时电话技术支持。
P:（二）年度维护保养费按软硬件小计的18%计取，即每年¥342,000，在质保期满后的前三个服务年度内固定不变，按年度在每个服务年度开始后三十日内支付。
P:（三）维护保养期内乙方的服务水平按本合同第七条执行。
H:七、故障响应
P:（一）一级故障（熔窑温度失控、控制站宕机或主要回路失去控制）：乙方在接到通知后6小时内响应，24小时内到达现场。
P:（二）二级故障（单个回路或测点异常）：乙方在8小时内响应，48小时内处理完毕。
P:（三）乙方未按上述时限响应或到场的，每超过一小时，向甲方支付¥800违约金，可在应付款项中直接扣除。
H:八、数据及网络安全
P:（一）系统运行中产生的温度曲线、燃料消耗、工艺参数等全部生产数据归甲方所有。乙方不得复制、留存或将其用于本合同以外的任何目的，亦不得向第三方提供。
P:（二）乙方远程访问控制系统须经甲方逐次书面审批，并通过甲方设置的工业防火墙和审计通道进行；乙方应确保所交付软件不含恶意代码。
P:（三）因乙方原因导致生产数据泄露、系统被入侵或数据被篡改的，乙方应在2小时内通知甲方，配合处置，并赔偿甲方因此遭受的全部损失。
H:九、保密
P:双方对在履行本合同过程中知悉的对方技术资料、工艺配方、经营信息负有保密义务，未经对方书面同意不得向第三方披露，保密期至本合同终止后三年。
H:十、知识产权
P:（一）乙方为甲方熔窑专门编制的控制策略、组态程序、操作画面及相关文档，知识产权归甲方所有，甲方可自由修改和使用。
P:（二）DCS系统软件及APC软件的知识产权归原权利人，甲方获得永久使用许可。
H:十一、违约责任
P:（一）乙方逾期交货的，每逾期一日，按合同总价的千分之一支付违约金。
P:（二）乙方交付的设备不符合技术协议要求的，甲方有权要求更换，由此产生的费用由乙方承担。
P:（三）甲方逾期付款的，每逾期一日按未付金额的万分之三支付违约金。
H:十二、分包
P:乙方不得将本合同项下的任何工作分包或转包给第三方。
H:十三、合同解除
P:任何一方严重违反本合同约定，经另一方书面通知后二十日内未予纠正的，另一方有权解除本合同并要求赔偿。
H:十四、现场作业与培训
P:（一）乙方人员进入甲方厂区，应遵守甲方安全生产、动火作业、高温区域作业和劳动保护的各项规定，服从甲方现场管理。乙方人员在熔窑周边作业时须佩戴防护用品，并提前一日报甲方安全部门备案。
P:（二）因乙方人员违反安全规定造成人身伤害或财产损失的，由乙方承担责任；因甲方现场条件原因造成的，由甲方承担责任。
P:（三）乙方应在调试阶段对甲方操作工、仪表工和工艺技术人员分批进行培训，培训内容包括系统操作、报警处理、回路整定、热电偶更换和日常点检，累计不少于十六个学时，并提供中文操作手册、维护手册和备品备件清单。
P:（四）乙方应向甲方移交完整的组态备份、接线图、回路说明书和出厂检验报告，移交资料须与现场实际一致。
H:十五、争议解决
P:本合同的订立、履行和解释适用中华人民共和国法律。发生争议的，双方友好协商；协商不成的，提交邢台仲裁委员会仲裁，仲裁裁决为终局裁决。
H:十六、其他
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。未尽事宜，双方可签订补充协议。
P:甲方：沙河晶耀浮法玻璃有限公司（盖章）　　乙方：衡温工业自动化技术有限公司（盖章）
P:代表签字：　　　　　　　　　　　　　　　　代表签字：
P:签订日期：2025年　月　日
"""

H266Z03 = """# 门店排队点餐SaaS服务及实施协议

协议编号：LH-IT-2025-033

**甲方（客户）**：蜀味鼎连锁火锅管理有限公司
地址：四川省成都市锦江区东大街紫东楼段29号

**乙方（服务商）**：点点排云计算科技有限公司
地址：四川省成都市高新区天府五街200号

## 前言

甲方在四川、重庆、贵州经营直营火锅门店七十家，拟统一上线线上排队取号、扫码点餐、会员储值和后厨出单系统。乙方是该类SaaS服务的提供者。双方经友好协商，就乙方向甲方提供订阅服务及上线实施服务的事项达成如下协议。

## 1 定义

1.1 “订阅服务”指乙方通过其云平台向甲方门店提供的排队、点餐、会员、出单及经营报表功能。

1.2 “甲方数据”指甲方及其顾客在使用订阅服务过程中录入、上传或产生的全部数据，包括菜品及价格、顾客手机号、会员信息、点单记录、排队记录和门店经营数据。

1.3 “上线”指某一门店的订阅服务经门店验收合格并正式对顾客开放。

## 2 服务内容与期限

2.1 订阅服务期限为二十四个月，自首批门店上线之日起算。

2.2 实施服务包括：七十家门店的菜单及价格配置、桌台二维码制作、收银及后厨打印机对接、与甲方会员小程序和财务系统的接口开发、门店店长和服务员培训。实施服务应在协议签订后九十日内全部完成。

2.3 乙方应为甲方配备专属客户经理一名及实施顾问不少于四名。实施顾问应按甲方确定的上线批次驻店支持，每批门店上线后至少驻店支持三个营业日，覆盖午市和晚市高峰。

2.4 订阅服务期间，乙方提供7×24小时客服热线和在线工单系统，并每月向甲方提交服务报告，内容包括可用率、故障清单、处理时长、功能更新说明及下月计划。

2.5 甲方在服务期内新开或关闭门店的，门店数量按月调整，新增门店按本协议单价计费，关闭门店自次月起停止计费。乙方不得因门店数量变化收取额外费用。

2.6 甲方负责提供门店网络、收银设备和打印机，并指定一名项目负责人协调各门店配合实施。甲方延迟提供条件导致实施延期的，实施期限相应顺延。

2.7 乙方对订阅服务的功能升级应提前七日通知甲方，升级不得影响门店营业高峰时段（每日11:00至14:00、17:00至22:00）的使用；涉及收费规则或操作流程变化的，应先在甲方指定的试点门店试运行。

## 3 费用

| 项目 | 计算方式 | 金额（元） |
|---|---|---|
| 订阅服务费 | 70家门店 × ¥1,180/店/月 × 24个月 | 1,982,400 |
| 实施服务费 | 一次性 | 236,000 |
| 合计 | | 2,218,400 |

3.1 订阅服务费按月结算，乙方于每月结束后五个工作日内提供上月账单，甲方核对无误后十五日内支付当月费用（每月¥82,600）。

3.2 实施服务费在全部门店上线并经甲方书面验收合格后一次性支付。甲方不向乙方支付任何预付款。

## 4 验收

4.1 每家门店上线前，乙方应在该门店完成以下测试：高峰时段模拟排队取号一百笔、扫码点餐及加菜退菜流程、会员储值及核销、后厨分单打印、与收银系统对账一致。测试通过后由店长签署门店验收单。

4.2 全部门店上线后，甲方信息部组织总体验收，核对接口数据连续十日与财务系统一致、报表口径符合甲方要求。总体验收合格后签署验收报告。门店开始试用不视为验收合格。

4.3 总体验收不合格的，乙方应在十日内完成整改并重新提交验收；两次验收仍不合格的，甲方有权解除本协议中的实施服务部分，乙方应退还甲方已支付的相关费用。

4.4 验收所需的测试账号、测试菜品和测试会员卡由乙方在测试完成后全部清除，测试订单不得计入门店营业数据。

## 5 服务水平

5.1 乙方承诺订阅服务月度可用率不低于99.5%。

5.2 一级故障（任一门店无法取号或点餐）：15分钟内响应，2小时内恢复；二级故障：1小时内响应，8小时内恢复。

5.3 月度可用率未达到承诺值的，按差额比例减免当月订阅服务费，最高减免当月费用的20%；一级故障恢复超时的，每次减免¥2,000。

## 6 数据

6.1 甲方数据归甲方所有。乙方应采取加密存储、访问权限控制、操作日志审计等措施保护甲方数据，数据存储于中国境内。发生数据泄露的，乙方应在24小时内通知甲方，并承担因其过错造成的损失。

6.2 甲方同意，乙方可将甲方数据进行脱敏处理后，汇总用于乙方的餐饮行业经营分析报告、产品功能改进及其他客户的客流预测模型，该等使用在本协议终止后仍可继续。

6.3 除第6.2条约定的脱敏汇总使用外，乙方处理顾客个人信息应限于提供订阅服务所必需的范围，遵守《中华人民共和国个人信息保护法》的要求，不得向顾客推送与甲方无关的营销信息，不得将顾客手机号提供给任何第三方。

6.4 协议终止后三十日内，乙方应向甲方完整导出甲方数据，并在导出确认后删除其保存的甲方数据（上述第6.2条的脱敏汇总数据除外）。

## 7 知识产权

7.1 订阅服务平台及其功能的知识产权归乙方所有。

7.2 乙方为甲方定制开发的接口程序、专属菜单模板和经营报表，知识产权归甲方所有，甲方可自由使用、修改或交由第三方维护。

## 8 保密

双方对在合作中获知的对方商业秘密和未公开信息负有保密义务，保密期限持续至本协议终止后两年。

## 9 违约责任

9.1 因乙方原因导致实施服务逾期完成的，每逾期一日，乙方向甲方支付违约金¥1,500。

9.2 乙方在本协议项下的累计赔偿责任以协议总金额的150%为限，但因乙方故意、重大过失或违反第6条造成的损失不受此限。

## 10 续期

10.1 订阅服务期限届满前六十日，任何一方未书面提出不再续期的，本协议自动续期二十四个月，之后亦同。

10.2 每次续期时，乙方有权根据其成本变化上调订阅服务单价，上调幅度不超过8%，乙方书面通知甲方即可生效。

## 11 分包

乙方不得将本协议项下的实施服务分包给第三方，确需分包的，应事先取得甲方书面同意。

## 12 解除

一方严重违约且在收到对方书面通知后十五日内未纠正的，守约方可书面通知解除本协议。

## 13 法律适用与争议解决

本协议适用中华人民共和国法律。因本协议产生的争议，提交成都仲裁委员会仲裁。

## 14 其他

14.1 本协议未尽事宜，双方可另行签订补充协议，补充协议与本协议具有同等效力。

14.2 双方往来通知以书面形式发送至本协议首页所列地址，或双方项目负责人的电子邮箱，送达即生效。

14.3 本协议自双方盖章之日起生效，一式两份，双方各执一份。

甲方（盖章）：蜀味鼎连锁火锅管理有限公司　　　乙方（盖章）：点点排云计算科技有限公司

日期：2025年　月　日
"""

H266Z04 = """区市场监督管理局食品安全追溯系统运维服务合同

项目编号：QSJ-CS-2025-012（政府采购 竞争性磋商）
合同编号：QSJ-YW-2025-08

采购人（甲方）：某市滨湖区市场监督管理局
地址：滨湖区政务服务中心东楼六层
成交供应商（乙方）：鉴源信息技术服务有限公司
地址：某市经济开发区星湖路58号

甲方的食品安全追溯系统于2022年建成投入使用，覆盖辖区农贸市场、大中型超市、集体用餐配送单位和学校食堂约一千九百家经营主体，承担进货查验、索证索票、追溯码查询和监管抽检信息登记等功能。为保障系统稳定运行，甲方通过竞争性磋商方式采购本年度运维服务，乙方为成交供应商。根据《中华人民共和国政府采购法》《中华人民共和国民法典》，以及磋商文件、乙方响应文件和成交通知书，双方订立本合同。

第一条 服务期限
服务期自2025年7月1日起至2026年6月30日止。服务期满本合同自行终止，不自动续期；甲方如需继续采购，另行依法组织采购。

第二条 服务内容
（一）驻场运维：乙方派驻两名运维工程师在甲方机房现场值守，工作日8:30至17:30在岗，负责系统日常巡检、数据备份、账号管理、用户咨询和问题受理。
（二）应用维护：修复系统缺陷，根据监管要求变化完成小版本功能优化，全年优化需求不超过二十项，每项不超过十个人日。
（三）安全巡检与应急：每月开展一次漏洞扫描和安全基线检查，每季度开展一次应急演练，重大活动和节假日期间提供专项保障。
（四）数据服务：协助甲方完成追溯数据质量核查、统计报表编制和向上级监管平台的数据报送。
（五）服务期满时，乙方应向甲方或甲方指定的后续服务单位完成运维交接，包括系统账号、配置文档、运维记录和未关闭问题清单。
（六）用户支持：乙方设立服务热线，受理经营主体和基层监管所人员的使用咨询，工作日内一般问题当日答复，复杂问题三个工作日内答复，并按月汇总常见问题，更新操作指南。
（七）培训：乙方每半年为各基层监管所和新入驻经营主体举办一次系统操作培训，培训教材、签到表和培训效果评估表作为季度运维报告附件。
（八）运维过程中发现系统存在需较大规模改造的问题，乙方应书面说明原因、影响和建议方案，由甲方决定是否另行立项，乙方不得擅自对系统进行重大变更。

第三条 合同金额
（一）本合同总金额为人民币捌拾陆万肆仟元整（¥864,000），为固定总价。明细：
    1. 驻场运维服务费：¥518,400
    2. 应用维护及小版本优化费：¥216,000
    3. 安全巡检及应急保障费：¥129,600
    合计：¥864,000
（二）合同金额包含乙方人员工资、社保、差旅、工具及税费等全部费用。

第四条 付款方式
（一）本合同不设预付款。
（二）服务费按季度支付，每季度¥216,000。每季度结束后，乙方提交季度运维报告，经甲方按第五条考核确认后十五个工作日内，甲方支付该季度服务费。
（三）季度考核扣减的金额在当季服务费中直接扣除。
（四）甲方因财政资金拨付原因延迟付款的，应及时书面告知乙方，乙方不得因此降低服务标准或中断驻场服务。

第五条 考核与验收
（一）甲方每季度对乙方服务进行考核，考核指标包括：系统可用率、故障响应及恢复时长、巡检和备份记录完整性、优化需求按期完成率、用户满意度。考核结果由双方签字确认。
（二）季度运维报告应附巡检记录、备份记录、故障处理单和优化需求完成清单。报告内容不全或与实际不符的，甲方不予确认，乙方应在五个工作日内补正。
（三）服务期满后，甲方根据四个季度考核结果和交接完成情况出具服务验收意见。
（四）季度考核得分低于八十分的，为考核不合格，乙方应在十个工作日内提交整改方案并落实整改；整改完成情况纳入下一季度考核。考核结果同时作为甲方对供应商履约评价的依据，并按规定在政府采购履约验收中记录。

第六条 服务水平
（一）系统月度可用率不低于99.95%（经甲方批准的计划停机除外）。
（二）一级故障（系统整体无法访问或追溯码查询中断）：30分钟内响应，3小时内恢复；二级故障（部分功能异常）：1小时内响应，8小时内恢复；三级故障：次工作日内处理。
（三）月度可用率每低于承诺值0.01个百分点，扣减当季服务费¥1,000；一级故障恢复超时的，每超时一小时扣减¥500。

第七条 数据归属
系统中的全部追溯数据、经营主体信息和监管记录归甲方所有，乙方不得将其用于本合同以外的任何用途。

第八条 保密
乙方及其派驻人员对在服务过程中接触到的甲方工作秘密、经营主体信息和监管执法信息负有保密义务，不得以任何形式向第三方泄露。乙方应与派驻人员签订保密承诺书并报甲方备案。保密义务不因本合同终止而解除。

第九条 知识产权
乙方在服务期内为甲方编写的运维脚本、优化功能的源代码、配置文档和统计报表模板，知识产权归甲方所有，乙方应在交接时一并移交，并保证移交的源代码能够在甲方环境中正常编译和部署。

第十条 人员管理
（一）乙方驻场人员应具备相应技术能力，名单报甲方备案。乙方更换驻场人员应提前十日通知甲方，并做好工作交接。
（二）甲方认为驻场人员不能胜任的，有权要求乙方在十日内更换。
（三）驻场人员应遵守甲方机关工作纪律和机房管理制度，进出机房须登记，不得私自接入外部设备，不得使用个人移动存储介质拷贝系统文件。
（四）甲方为驻场人员提供办公座位、网络接入和必要的办公条件，并指定信息化工作人员作为联络人，协调运维中的跨部门事项。

第十一条 分包
乙方可将第二条第（三）项中的部分安全巡检工作委托给具备资质的第三方机构完成，但应提前五个工作日书面告知甲方。乙方对第三方的工作向甲方负责。

第十二条 违约责任
（一）乙方未按期完成运维交接或未按期完成经甲方确认的整改事项的，每逾期一日，向甲方支付违约金¥500。
（二）因乙方原因造成甲方损失的，乙方应予赔偿。乙方在本合同项下的累计赔偿责任以合同总金额的50%为限。

第十三条 合同解除
乙方连续两个季度考核不合格，或严重违反本合同约定且经甲方书面通知后十日内未改正的，甲方有权解除本合同，并按实际服务期间结算费用。合同解除后，乙方仍应在甲方要求的期限内完成运维交接，不得以费用结算未完成为由拒绝移交资料或账号。

第十四条 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，由双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十五条 其他
本合同一式五份，甲方三份，乙方一份，政府采购监管部门备案一份，经双方签字盖章后生效。磋商文件、响应文件和成交通知书为本合同组成部分。

甲方（盖章）：某市滨湖区市场监督管理局
法定代表人或授权代表：

乙方（盖章）：鉴源信息技术服务有限公司
法定代表人或授权代表：

签订日期：2025年6月　日
"""

H266Z05 = """# 仓储管理系统（WMS）软件许可及定制开发合同

> 本合同采用乙方标准合同文本《仓易通软件合同范本 V4.0》，空白处由双方填写。

合同编号：CYT-2025-SX-0192

甲方（用户）：桂林漓香米粉食品有限公司
地址：广西桂林市临桂区食品工业园漓香路6号

乙方（软件提供方）：仓易通软件股份有限公司
地址：广东省东莞市松山湖园区工业北路22号

甲方因原料仓、包材仓和成品冷链仓的管理需要，决定引进乙方的仓易通WMS软件，并由乙方按甲方业务进行定制开发和实施。双方根据《中华人民共和国民法典》的规定，经协商一致，订立本合同。

---

## 第一章 合同标的

**第1条** 乙方向甲方许可使用仓易通WMS企业版软件（含入库、出库、库位、波次拣货、批次及保质期管理、盘点、RF手持终端模块），许可方式为永久许可，部署于甲方服务器。

**第2条** 乙方根据甲方需求进行以下定制开发：米粉原料（大米）按产地批次追溯、湿粉与干粉成品按生产日期先进先出、冷链仓温度数据接入、与甲方ERP系统（金蝶云星空）及电商订单平台的接口。

**第3条** 乙方负责系统安装部署、基础数据导入、上线切换和甲方仓库人员培训。

## 第二章 合同金额与支付

**第4条** 合同总金额为人民币壹佰贰拾肆万元整（¥1,240,000）。

| 项目 | 金额（元） |
|---|---|
| WMS企业版软件永久许可费 | 1,000,000 |
| 定制开发费 | 180,000 |
| 实施及培训费 | 60,000 |
| 合计 | 1,240,000 |

**第5条** 支付方式：
1. 合同签订后五个工作日内，甲方支付合同总金额的50%，即¥620,000；
2. 系统通过验收后十个工作日内，甲方支付合同总金额的45%，即¥558,000；
3. 系统验收后稳定运行满三个月，甲方支付剩余5%，即¥62,000。

**第6条** 乙方收到款项后开具增值税专用发票。甲方未按期付款的，乙方有权暂停实施工作。

## 第三章 交付与验收

**第7条** 乙方应在收到首期款后一百二十日内完成安装、定制开发和上线。实施期间，乙方每两周向甲方提交一次项目进度报告，列明已完成工作、下阶段计划和需甲方配合的事项；需求范围发生变更的，双方应书面确认变更内容、工作量和费用后方可实施。

**第8条** 验收标准：(1) 合同约定的标准模块和定制功能逐项测试通过；(2) 连续三十日库存账实相符，盘点差异率不高于0.3%；(3) 与ERP及电商平台接口数据连续三十日一致；(4) 波次拣货在甲方高峰订单量下单次生成时间不超过10秒。双方按上述标准共同测试，测试通过后签署验收报告。

**第9条** 甲方应在乙方提交验收申请后十日内组织验收。验收不通过的，乙方整改后重新验收。

**第9条之一** 甲方义务：甲方应指定项目负责人，提供满足乙方配置要求的服务器、网络环境和RF手持终端，按乙方模板整理并提交物料、库位、供应商和客户等基础数据，并保证数据真实完整。因甲方未按期提供条件或数据导致工期延误的，乙方交付期限相应顺延。

**第9条之二** 上线切换：乙方应编制上线切换方案，经甲方确认后实施。切换前乙方应协助甲方完成原料仓、包材仓和成品仓的全面盘点，期初库存以双方签字确认的盘点结果为准。切换期间乙方派实施顾问驻场不少于十个工作日，协助处理收货、拣货和发运中的问题。

**第9条之三** 培训：乙方应为甲方仓库主管、系统管理员和叉车、拣货作业人员分别开展培训，提供中文用户手册、管理员手册和RF终端操作卡片。甲方系统管理员应能独立完成用户权限、库位参数和打印模板的维护。

## 第四章 知识产权

**第10条** 软件产品的著作权及其他知识产权归乙方所有。

**第11条** 乙方为甲方定制开发的功能模块、接口程序及其源代码、技术文档，知识产权同样归乙方所有。甲方仅享有在本企业内部使用的非独占许可，不得修改、反编译，不得交由第三方维护或再开发。

## 第五章 数据

**第12条** 甲方业务数据归甲方所有。乙方承诺对其在实施和维护中接触的甲方数据采取必要的安全措施，远程维护须经甲方同意，因乙方原因造成数据泄露或丢失的，乙方承担相应责任，并在发现后24小时内通知甲方。

**第13条** 甲方同意乙方可将甲方的库存、出入库及订单数据进行脱敏处理后，用于乙方产品的算法优化、行业分析以及向其他客户提供的食品行业仓储基准报告。

## 第六章 维护服务

**第14条** 系统验收后，乙方提供六个月免费维护期，期间免费修复软件缺陷。

**第15条** 免费维护期满后，甲方应向乙方购买年度维护服务，年度维护费为软件许可费的22%，即每年¥220,000。维护服务内容包括缺陷修复、版本升级和远程技术支持。

**第16条** 故障响应：紧急故障（系统无法出入库）乙方在接到报告后12小时内响应；一般故障在三个工作日内响应。

**第16条之一** 维护服务期间，乙方每季度向甲方提供一次远程系统健康检查，内容包括数据库空间、接口日志、作业效率统计和版本更新说明。甲方需要现场服务的，乙方按其当期现场服务收费标准另行收费，差旅费用由甲方承担。

**第17条** 乙方将尽力按上述时限处理故障，但对响应或处理超时不承担扣款、赔偿或违约金责任。

## 第七章 保密

**第18条** 双方应对在合作过程中知悉的对方商业秘密、技术秘密和经营信息予以保密，未经对方同意不得向第三方披露。本条在合同终止后两年内继续有效。

## 第八章 违约责任

**第19条** 乙方逾期交付的，每逾期一日，按合同总金额的万分之二向甲方支付违约金，违约金总额不超过合同总金额的5%。

**第20条** 无论基于何种原因，乙方在本合同项下承担的全部赔偿责任（包括违约金）累计不超过合同总金额的25%。乙方不对甲方的间接损失、利润损失、商誉损失以及因第三方系统故障造成的损失承担责任。

## 第九章 其他约定

**第21条** 乙方有权根据工作需要将部分定制开发和实施工作交由其合作伙伴完成，无需另行征得甲方同意。

**第22条** 一方严重违约，经对方书面催告后三十日内仍不纠正的，对方有权解除本合同。

**第23条** 因本合同产生的争议，双方协商解决；协商不成的，向乙方所在地人民法院提起诉讼。

**第23条之一** 本合同附件包括：需求规格说明书、定制开发功能清单、实施计划和验收测试用例，附件与本合同具有同等效力。

**第24条** 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：桂林漓香米粉食品有限公司　　　　乙方（盖章）：仓易通软件股份有限公司

授权代表：　　　　　　　　　　　　　　　　　　授权代表：

日期：2025年　月　日
"""

H266E01 = """T:Software Licence and Services Agreement - CNC Stone Design Suite
P:Agreement No. SPG-QZ-2025-014
P:This Software Licence and Services Agreement (the "Agreement") is made between Quanzhou Hui'an Shiyun Stone Carving Studio Co., Ltd., a company incorporated in the People's Republic of China with its registered office at No. 36 Chongwu Road, Hui'an County, Quanzhou, Fujian (the "Customer"), and Scalpello Digitale S.r.l., a company incorporated in Italy with its registered office at Via del Faro 3, Isola Spargiotto, Sardinia, Italy (the "Vendor").
H:Recitals
P:(A) The Customer designs and carves architectural stone, memorial stone and large sculptural pieces in granite and marble, and operates four five-axis CNC stone-cutting machines and two robotic carving cells at its Hui'an workshop.
P:(B) The Vendor develops and licenses SculptCAM, a design and toolpath software suite for stone, and provides configuration, training and support services.
P:(C) The Customer wishes to acquire perpetual licences of SculptCAM for its design office and to have the Vendor configure post-processors and a template library for its machines, and the Vendor is willing to do so on the terms below.
H:1. Definitions
P:1.1 "Licensed Software" means the SculptCAM Professional edition in object code, including its 3D relief module, five-axis toolpath module and nesting module, and any updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the machine post-processors, the stone template library and the tool tables prepared by the Vendor specifically for the Customer under Clause 3.
P:1.3 "Final Acceptance" means the Customer's written confirmation under Clause 5.3 that the Licensed Software and the Custom Deliverables meet the acceptance criteria.
P:1.4 "Customer Data" means all design files, scans, drawings, client information and machine logs created or supplied by the Customer.
H:2. Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use six (6) named-user seats of the Licensed Software for the Customer's internal business, including the production of work for the Customer's own clients.
P:2.2 The Customer may install the Licensed Software on replacement workstations, provided that the number of concurrent seats does not exceed the number licensed.
P:2.3 The Customer shall not decompile or reverse engineer the Licensed Software except as permitted by applicable law.
H:3. Services
P:3.1 The Vendor shall install the Licensed Software on the Customer's workstations, activate the licence keys, configure post-processors for the four five-axis machines and the two robotic cells, build a template library of at least sixty standard mouldings, balusters, column capitals and lettering styles used by the Customer, and set up tool tables for the Customer's diamond tools.
P:3.2 The Vendor shall deliver eight days of on-site training in Hui'an for up to ten designers and machine operators, in English with a Chinese interpreter provided by the Vendor.
P:3.3 The Vendor shall use commercially reasonable efforts to complete the services within ninety days after the Effective Date.
P:3.4 The Customer shall provide workstations meeting the Vendor's published hardware requirements, network access for licence activation, access to the machines during agreed hours, and sample stone blocks for the acceptance tests. The Customer's production manager shall coordinate the machine time so that configuration work does not disturb current orders.
P:3.5 The Vendor shall deliver a configuration report describing each post-processor, its machine parameters and its test results, and an operator guide for the template library, both in English and in Chinese.
H:4. Fees and Payment
P:4.1 All fees are stated and payable in Chinese yuan (CNY), at the Customer's request. The fees are:
TB:Item|Quantity|Amount (CNY)
TB:SculptCAM Professional perpetual licence|6 seats x 148,000|888,000
TB:Post-processor configuration, template library and tool tables|lump sum|126,000
TB:Installation and on-site training|lump sum|46,000
TB:Total Contract Price||1,060,000
P:4.2 The Customer shall pay: (a) twenty per cent (20%) of the Total Contract Price, CNY 212,000, within fifteen days after signature; (b) fifty-five per cent (55%), CNY 583,000, within fifteen days after delivery of the licence keys and installation of the Licensed Software; and (c) twenty-five per cent (25%), CNY 265,000, within fifteen days after Final Acceptance.
P:4.3 Prices include all taxes payable in the People's Republic of China. The Vendor shall issue valid invoices (fapiao) through its appointed local agent before each payment.
H:5. Acceptance
P:5.1 After installation and configuration, the Vendor shall run acceptance tests on the Customer's premises in the presence of the Customer's technical manager.
P:5.2 The acceptance criteria are: (a) each post-processor produces programs that run on its machine without manual editing on three test pieces chosen by the Customer, one relief panel, one baluster and one lettered tablet; (b) dimensional deviation on the test pieces is within 0.3 mm; (c) the template library contains the agreed items and each item generates valid toolpaths; (d) all six seats are activated and function correctly.
P:5.3 If the tests are passed, the Customer shall sign a Final Acceptance certificate within seven days. If a test fails, the Vendor shall correct the defect and repeat the test. Installation or productive use of the Licensed Software does not by itself constitute Final Acceptance.
H:6. Warranty
P:6.1 The Vendor warrants that for ninety (90) days after Final Acceptance the Licensed Software will perform substantially in accordance with its documentation and the Custom Deliverables will meet the criteria in Clause 5.2.
P:6.2 During the warranty period the Vendor shall correct reported defects free of charge. After the warranty period, corrections are provided only under the maintenance and support service in Clause 7.
H:7. Maintenance and Support
P:7.1 After the warranty period the Customer may purchase annual maintenance and support. The annual fee is eleven per cent (11%) of the licence fees in Clause 4.1, that is CNY 97,680 per year, and will not be increased for the first three support years. Support is renewed only by a written order from the Customer; it does not renew automatically.
P:7.2 Support includes new versions, defect correction, and help-desk access by e-mail and telephone from 08:00 to 20:00 Beijing time on working days.
P:7.3 Service levels: for a Severity 1 fault (a CNC post-processor or the toolpath module is unusable and production is stopped), the Vendor shall respond within two (2) hours and provide a work-around or fix within two working days. For a Severity 2 fault, the Vendor shall respond within eight working hours.
P:7.4 If the Vendor misses a Severity 1 response time, the Customer shall receive a service credit of five per cent (5%) of the annual support fee for each missed response, deducted from the next invoice.
H:8. Customer Data and Security
P:8.1 Customer Data belongs to the Customer. The Vendor may access Customer Data only to perform this Agreement and shall not copy, retain or use it for any other purpose.
P:8.2 Remote access to the Customer's workstations requires the Customer's prior approval for each session. The Vendor shall use only encrypted connections, shall not remove Customer Data from the Customer's premises, and shall ensure that its personnel follow the Customer's information security rules.
P:8.3 The Vendor shall notify the Customer within twenty-four hours of any unauthorised access to Customer Data caused by the Vendor and shall be responsible for the resulting losses.
H:9. Intellectual Property
P:9.1 The Vendor retains all rights in the Licensed Software.
P:9.2 The Custom Deliverables, including post-processor source files and the template library, belong to the Customer on delivery. The Customer may use, modify, copy and have third parties maintain them without restriction.
H:10. Confidentiality
P:10.1 Each party shall keep confidential all non-public information of the other party, including the Customer's designs, client lists and prices, and shall use it only for this Agreement. This obligation survives termination for three years.
H:11. Liability
P:11.1 Each party's total liability under this Agreement is limited to two hundred per cent (200%) of the Total Contract Price, except for liability for breach of Clauses 8 and 10, fraud or wilful misconduct.
P:11.2 Neither party is liable for indirect or consequential loss, except in the cases excluded in Clause 11.1.
H:12. Subcontracting
P:12.1 The Vendor shall not subcontract any services without the Customer's prior written consent, except for the interpreter in Clause 3.2. The Vendor remains responsible for any subcontractor.
H:13. Term and Termination
P:13.1 This Agreement takes effect on signature by both parties (the "Effective Date").
P:13.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within thirty days after written notice.
P:13.3 The licences granted in Clause 2 survive termination, except termination by the Vendor for the Customer's failure to pay the licence fees.
H:14. Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of Italy.
P:14.2 Any dispute arising out of this Agreement shall be finally settled by arbitration administered by the Chamber of Arbitration of Milan under its rules, with the seat of arbitration in Milan, Italy. The language of the arbitration shall be English.
H:15. General
P:15.1 This Agreement is the entire agreement between the parties about its subject matter. Amendments must be in writing and signed by both parties.
P:15.2 Notices shall be sent in writing to the addresses above, with a copy by e-mail to the project contacts named by each party.
P:15.3 This Agreement is signed in two originals in English, one for each party.
P:For the Customer: Quanzhou Hui'an Shiyun Stone Carving Studio Co., Ltd. - Name: ______ Title: ______ Date: ______
P:For the Vendor: Scalpello Digitale S.r.l. - Name: ______ Title: ______ Date: ______
"""

H266E02 = """ORDER FORM No. LDL-CN-2025-0088
under the Loc'h Mobility General Terms of Service (version 3.1)

Vendor: Loc'h Mobility SAS, 2 Quai des Goémoniers, Île du Loc'h, Archipel des Glénan, Finistère, France ("Vendor")
Customer: Jiuzhaigou Green Transit Co., Ltd., No. 8 Yangdong Road, Zhangzha Town, Jiuzhaigou County, Aba Prefecture, Sichuan, People's Republic of China ("Customer")

PART A - ORDER DETAILS

A1. Services ordered
The Customer orders a subscription to the Loc'h Mobility booking platform (the "Platform") for its eco-bus service inside and around the scenic area. The subscription covers: online seat booking by route and departure time; QR-code boarding passes; real-time seat availability; visitor quota management linked to the scenic area's daily entry limit; refunds and re-bookings; driver and fleet scheduling; boarding validation on handheld scanners; and daily operational reports. Up to 180 buses, 40 routes and 3,000,000 bookings per contract year are included.

A2. Subscription Term
Twenty-four (24) months from the Go-Live Date. The subscription ends at the end of the Subscription Term and does not renew automatically. Any further term requires a new Order Form signed by both parties.

A3. Fees
All fees are in Chinese yuan (CNY), as requested by the Customer, and include Chinese taxes.
- Subscription fee: CNY 46,500 per month x 24 months = CNY 1,116,000
- Set-up fee (configuration of routes, fares, quotas, scanner roll-out, integration with the scenic-area ticketing system, training): CNY 84,000, one-time
- Total Order Value: CNY 1,200,000

A4. Invoicing and payment
The subscription fee is invoiced monthly in arrears, at the end of each calendar month of service, and is payable within thirty days of a correct invoice. The set-up fee is invoiced after Go-Live Acceptance under A6. No fee is payable before the Go-Live Date. Invoices (fapiao) are issued by the Vendor's Chengdu service company.

A5. Implementation plan
The Vendor shall configure the Platform and complete the integration with the scenic-area ticketing system within seventy-five days after signature of this Order Form. The Vendor shall appoint a named project manager who speaks Chinese and shall hold a weekly progress call with the Customer's operations department. The Customer shall provide route data, fare rules, bus lists, driver lists and access to the ticketing system's test interface.

A6. Go-Live Acceptance
Before the Go-Live Date, the parties shall run acceptance tests agreed in the implementation plan, including: (a) booking, payment, refund and re-booking for every route; (b) quota checks against the ticketing system for three consecutive simulated peak days at 45,000 visitors per day; (c) boarding validation on all scanners with no more than two seconds per scan; (d) reconciliation of bookings and payments with the ticketing system with no unexplained differences. The Customer signs a Go-Live Acceptance certificate when the tests are passed. Use of the Platform in a pilot does not count as Go-Live Acceptance.

A7. Delay
If Go-Live Acceptance is not achieved within the period in A5 for reasons attributable to the Vendor, the Vendor shall pay the Customer CNY 900 for each day of delay.

A8. Hosting
The Platform instance for the Customer is hosted in the Vendor's cloud tenancy with a licensed cloud provider in Chengdu, in mainland China.

PART B - GENERAL TERMS OF SERVICE (extract, as applicable to this Order Form)

B1. Definitions
"Customer Data" means all data entered into or generated by the Platform for the Customer, including visitor names, identity document numbers, mobile numbers, bookings, payments, boarding records, driver data and reports. "Incident" means an unplanned interruption or degradation of the Platform. "Priority 1 Incident" means an Incident that prevents bookings or boarding on any route.

B2. Provision of the Platform
B2.1 The Vendor shall provide the Platform in accordance with the documentation and this Order Form and shall maintain adequate capacity for the included volumes.
B2.2 The Vendor may update the Platform from time to time, provided that no update materially reduces the functions ordered. Planned maintenance shall be announced at least five days in advance and scheduled between 23:00 and 05:00 Beijing time.

B2.3 Customer obligations. The Customer shall keep its administrator accounts and passwords under its control, use the Platform in accordance with the documentation and applicable law, inform visitors about the processing of their personal information in the booking channel, and report Incidents through the support desk with enough detail for the Vendor to reproduce them.
B2.4 Training. The set-up fee includes two days of training for up to twenty administrators and dispatchers and a train-the-trainer session for scanner users. Training materials are provided in Chinese.

B3. Service levels
B3.1 Availability. The Vendor shall make the Platform available 99.95% of the time in each calendar month, excluding announced planned maintenance.
B3.2 Incident response. The Vendor operates a support desk reachable by telephone and ticket at all times during the scenic area's opening season. The Vendor shall respond to a Priority 1 Incident within six (6) hours after it is reported and to other Incidents within two working days.
B3.3 Reporting. The Vendor shall send a monthly service report showing availability, incidents and their resolution.
B3.4 Remedies. Service credits are not available under this Order Form. If the Vendor misses a service level, the Vendor's only obligation is to continue working on the Incident until it is resolved and to explain the cause in the monthly service report.

B4. Customer Data
B4.1 Customer Data belongs to the Customer. The Vendor processes Customer Data only on the Customer's instructions and only to provide the Platform and the services under this Order Form, and shall not use it for any other purpose, including analytics for other customers, product development or marketing.
B4.2 Data security. The Vendor shall protect Customer Data with encryption in transit and at rest, role-based access control, multi-factor authentication for administrative access, logging of all access to personal information, daily back-ups and annual penetration tests. The Platform instance shall hold a Multi-Level Protection Scheme level 3 filing. Customer Data shall be stored in mainland China and shall not be transferred abroad; the Vendor's staff outside China shall not access personal information in Customer Data.
B4.3 Breach. The Vendor shall notify the Customer within twenty-four hours after becoming aware of any security breach affecting Customer Data, shall take all measures needed to contain it, shall assist the Customer with notifications required by law, and shall be liable for all losses, fines and costs caused by a breach attributable to the Vendor.
B4.4 Return and deletion. Within thirty days after the end of the Subscription Term, the Vendor shall return all Customer Data in a structured format and then delete it, and shall certify the deletion in writing.

B5. Intellectual property
B5.1 The Vendor owns the Platform and all its standard features.
B5.2 The route configurations, fare tables, quota rules, report templates and the integration adapter built for the Customer's ticketing system ("Customer Configurations") belong to the Customer, who may use, modify and give them to any other provider without restriction.

B6. Subcontracting
The Vendor shall not subcontract any part of the services, other than the hosting by the cloud provider named in A8, without the Customer's prior written consent. The Vendor is responsible for its subcontractors as for itself.

B7. Liability
B7.1 Each party's total liability under this Order Form is limited to two hundred per cent (200%) of the Total Order Value.
B7.2 The limit in B7.1 does not apply to breach of B4, to personal injury, or to fraud or wilful misconduct.

B8. Suspension
The Vendor may suspend the Platform only if an invoice that is not disputed in good faith remains unpaid for more than sixty days after a written reminder, and only after a further fifteen days' written notice.

B9. Termination
B9.1 Either party may terminate this Order Form by written notice if the other party commits a material breach and does not cure it within thirty days after written notice describing the breach.
B9.2 The Customer may also terminate by written notice if availability falls below the level in B3.1 in three consecutive months.
B9.3 On termination the Vendor shall provide reasonable assistance for transfer to another provider for up to sixty days, at the rates in this Order Form.

B10. Force majeure
Neither party is liable for failure to perform caused by events beyond its reasonable control, such as earthquakes, landslides or road closures ordered by the authorities, provided it notifies the other party promptly and takes reasonable steps to limit the effects.

B11. Governing law and disputes
This Order Form and the General Terms are governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Chengdu Arbitration Commission for arbitration in Chengdu.

B12. Order of precedence
If Part A and Part B conflict, Part A prevails. The Vendor's online terms do not apply unless reproduced in Part B.

B13. Language and counterparts
This Order Form is signed in English and Chinese; both versions are equally valid. It may be signed in counterparts and by electronic signature.

Signed for the Customer: Jiuzhaigou Green Transit Co., Ltd.
Name: ____________  Title: ____________  Date: ____________

Signed for the Vendor: Loc'h Mobility SAS
Name: ____________  Title: ____________  Date: ____________
"""

H266E03 = """T:Supply and Installation Contract - Drying-Yard Sensor Network
P:Contract No. PEC-YN-2025-07
P:This Contract is made on the date of the last signature below between:
P:Pu'er Cloud Estate Coffee Co., Ltd., a company established in the People's Republic of China, with its address at Simao Coffee Park, Pu'er, Yunnan Province (the "Buyer"); and
P:Secador Tecnologia Agricola, Lda., a company established in Portugal, with its address at Rua do Farol 1, Ilhéu de São Vicente, Madeira, Portugal (the "Supplier").
H:Background
P:The Buyer grows and processes Arabica coffee on an estate of about 1,100 hectares and dries parchment and natural coffee on raised beds and patio yards. The Buyer issued its own tender documents and contract form for a sensor network that measures bean moisture, bed temperature, air humidity, rainfall and wind in the drying yards, and the Supplier's offer was selected. This Contract is on the Buyer's form.
H:Article 1 Scope
P:1.1 The Supplier shall supply, install and commission: bean-moisture and bed-temperature probes for the raised beds and patios; weather stations; long-range wireless gateways; and the YardSense monitoring software, with alerts to the yard supervisors' mobile phones when rain is forecast or when moisture or temperature leaves the agreed range.
P:1.2 The Supplier shall configure drying curves for washed, honey and natural coffees, connect the system to the Buyer's lot-tracking spreadsheet export, and train the Buyer's staff.
P:1.3 All equipment shall be new, rated at least IP67, suitable for outdoor use at 1,300 to 1,700 metres altitude, and accompanied by calibration certificates.
H:Article 2 Price
P:2.1 At the Buyer's request all prices are in Chinese yuan (CNY). The Contract Price is CNY 1,140,000, fixed, inclusive of Chinese taxes, delivery to the estate and insurance until installation:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Bean-moisture and bed-temperature probes|180|2,600|468,000
TB:2|Weather stations|6|38,000|228,000
TB:3|Long-range wireless gateways|8|14,500|116,000
TB:4|YardSense monitoring software, perpetual site licence|1|194,000|194,000
TB:|Hardware and Licence Subtotal|||1,006,000
TB:5|Installation, configuration and commissioning|1|118,000|118,000
TB:6|Training|1|16,000|16,000
TB:|Contract Price|||1,140,000
H:Article 3 Payment
P:3.1 Ten per cent (10%) of the Contract Price, CNY 114,000, within twenty days after signature and receipt of an advance-payment guarantee from a bank acceptable to the Buyer.
P:3.2 Fifty-five per cent (55%), CNY 627,000, within twenty days after the Installation Certificate. The Installation Certificate only records that the equipment has been installed and is not acceptance.
P:3.3 Thirty-five per cent (35%), CNY 399,000, within twenty days after Final Acceptance.
P:3.4 Each payment requires a valid VAT invoice (fapiao) issued by the Supplier's Kunming representative company.
H:Article 4 Delivery and Delay
P:4.1 The Supplier shall deliver all equipment to the estate within sixty days after signature and complete installation within thirty days after delivery, so that the system is running before the main harvest begins in November.
P:4.2 If the Supplier is late in delivery or installation, it shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price. If the maximum is reached, the Buyer may terminate under Article 13.
P:4.3 The Supplier shall pack the equipment for road transport on mountain roads and in rain, mark each package with the contract number and the yard where it is to be installed, and give the Buyer five days' notice of each delivery. The Buyer's warehouse keeper counts and signs for the packages; signature for packages is not an inspection of quality.
P:4.4 Installation includes mounting brackets, solar panels and batteries for the weather stations and gateways, cable protection against rodents, labelling of every probe with its bed number, and a map of all devices in the software.
H:Article 5 Acceptance
P:5.1 After installation the Supplier shall run a trial operation of twenty-one days during drying.
P:5.2 Final Acceptance requires that: (a) every probe and weather station reports to the software, with at least 98% of expected readings received in the trial; (b) moisture readings on ten sample lots chosen by the Buyer are within 0.8 percentage points of the Buyer's laboratory oven method; (c) rain and out-of-range alerts reach the supervisors' phones within three minutes in tests; (d) the lot-tracking export works for all yards; (e) the training has been given and the manuals delivered.
P:5.3 The parties sign the Final Acceptance Certificate when the criteria are met. Installation, use of the system in production or any payment does not mean acceptance. If the criteria are not met, the Supplier shall remedy the defects at its cost and repeat the trial.
H:Article 6 Warranty and Support
P:6.1 The warranty period is twenty-four (24) months from Final Acceptance. During it the Supplier shall repair or replace any defective equipment free of charge, including transport, and correct software defects.
P:6.2 Severity 1 faults (the software is down, or more than a quarter of the probes stop reporting during drying) shall receive a remote response within one (1) hour and, if needed, an engineer on site within two days. Severity 2 faults shall receive a response within one working day.
P:6.3 If the Supplier misses a Severity 1 response or on-site time, it shall pay CNY 600 for each hour of delay, which the Buyer may deduct from any amount due.
P:6.4 After the warranty period the Buyer may order annual support at seven per cent (7%) of the Hardware and Licence Subtotal, that is CNY 70,420 per year, fixed for three support years. Support is ordered by a separate purchase order each year and does not renew automatically.
P:6.5 The Supplier shall keep spare probes and gateways in stock in Kunming for at least three years after Final Acceptance.
P:6.6 Training shall cover daily use by yard supervisors, alert handling, probe cleaning and replacement, battery checks, and administration of users and drying curves. It shall be given in Chinese at the estate in two sessions, before and during the trial operation, and the Supplier shall provide Chinese user and maintenance manuals.
H:Article 7 Buyer Data and Security
P:7.1 All measurements, alerts, lot records and reports generated by the system ("Buyer Data") belong to the Buyer. The Supplier may use Buyer Data only to perform this Contract and shall not copy, sell or use it for any other purpose.
P:7.2 The software is installed on the Buyer's server at the estate. The Supplier's remote access requires the Buyer's approval for each session, uses an encrypted connection and is logged. The Supplier shall change all default passwords before commissioning.
P:7.3 The Supplier shall notify the Buyer within twenty-four hours of any security incident affecting Buyer Data that it becomes aware of, help to contain it, and compensate the Buyer for losses caused by its breach of this Article.
H:Article 8 Intellectual Property
P:8.1 The drying-curve configurations, alert rules, the export interface and all documents prepared for the Buyer belong to the Buyer, who may use, modify and have them modified by others freely.
P:8.2 The YardSense software and the probe firmware remain the Supplier's property and are licensed to the Buyer perpetually for use at the estate.
H:Article 9 Confidentiality
P:Each party shall keep confidential the other party's non-public information received under this Contract, including the Buyer's yields, prices and processing methods, and shall not disclose it without prior written consent, during the Contract and for three years after it ends.
H:Article 10 Liability
P:The Supplier's total liability under this Contract is limited to one hundred and fifty per cent (150%) of the Contract Price, except for personal injury, wilful misconduct and breach of Articles 7 and 9, which are not limited.
H:Article 11 Subcontracting
P:The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The local installation crew named in the Supplier's offer is approved by the signature of this Contract.
H:Article 12 Site Rules
P:The Supplier's staff shall follow the estate's safety and hygiene rules, shall not walk on drying beds without the yard supervisor's permission, and shall not use chemicals near coffee. During the harvest the Supplier shall coordinate any work in the yards with the estate's processing manager at least one day in advance, so that drying is not interrupted.
H:Article 13 Termination
P:The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within fifteen days after written notice, or if the delay damages reach their maximum. The Supplier may terminate if the Buyer fails to pay an undisputed amount for sixty days after written notice.
H:Article 14 Force Majeure
P:A party prevented from performing by events beyond its control, such as earthquakes, floods or landslides, shall notify the other promptly and is excused for the duration of the event.
H:Article 15 Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Kunming Arbitration Commission for arbitration in Kunming.
H:Article 16 Final Provisions
P:This Contract is made in English and Chinese, both equally valid, in four originals, two for each party. Annex 1: technical specification. Annex 2: installation plan and yard map. Annex 3: acceptance test plan.
P:For the Buyer: ____________________    For the Supplier: ____________________
P:Name and title: ____________________    Name and title: ____________________
"""

H266E04 = """# Managed Endpoint Security Services Agreement

**Agreement reference:** FRM-FS-2025-019

**Between**

**Foshan Nanzhuang Lianhua Ceramic Tile Co., Ltd.**, a company established in the People's Republic of China, at No. 12 Taoci Avenue, Nanzhuang Town, Chancheng District, Foshan, Guangdong ("**Customer**")

**and**

**Formica Sicurezza Gestita S.p.A.**, a company established in Italy, at Molo Nord 1, Isolotto Formica, Egadi Islands, Sicily, Italy ("**Provider**")

## Background

The Customer manufactures porcelain and glazed ceramic tiles at two plants in Foshan and a logistics centre in Sanshui, with about 2,400 office and production endpoints: office PCs, design workstations, kiln and press HMI computers and warehouse terminals. After a ransomware attempt last year the Customer decided to buy a managed endpoint detection and response service. The Provider offered the service through its Shenzhen operations team. The parties agree as follows.

## 1. Definitions

1.1 **"Service"** means the managed endpoint security service described in Clause 3 and Schedule 1.

1.2 **"Endpoints"** means the Customer's computers on which the Provider's agent is installed, up to 2,400 at any time.

1.3 **"Customer Data"** means all data of the Customer that the Provider receives or can access in performing the Service, including endpoint telemetry, file hashes, user names, alerts, logs and forensic images.

1.4 **"Critical Incident"** means a confirmed or strongly suspected attack in progress, such as ransomware execution, credential theft or lateral movement, on any Endpoint.

1.5 **"Service Start Date"** means the date of Onboarding Acceptance under Clause 4.3.

## 2. Term

2.1 This Agreement starts on signature and the Service runs for thirty-six (36) months from the Service Start Date (the "**Initial Term**").

2.2 The Agreement ends at the end of the Initial Term unless the parties sign an extension. There is no automatic renewal.

## 3. The Service

3.1 The Provider shall deploy its endpoint agent on all Endpoints, including the kiln and press HMI computers in a monitoring-only mode agreed with the Customer's production engineers, so that no production computer is blocked without the Customer's approval.

3.2 The Provider's security operations team in Shenzhen shall monitor alerts at all times, investigate them, contain Critical Incidents by isolating affected Endpoints, and guide the Customer's IT staff through recovery.

3.3 The Provider shall tune detection policies for the Customer's environment, keep the agent and policies updated, carry out a monthly threat review, and deliver a monthly service report.

3.4 The Provider shall run two ransomware response exercises per contract year with the Customer's IT team.

3.5 The Customer shall provide an up-to-date asset list, administrator access needed for the roll-out, a named IT contact reachable at all times for Critical Incidents, and maintenance windows on the production lines for agent installation. The Customer decides whether an affected production computer may be isolated; the Provider shall explain the risk of each option before the Customer decides.

3.6 The Provider shall assign a named service manager who speaks Chinese, attends a monthly service review at the Customer's head office or by video, and follows up all open actions from the review.

## 4. Onboarding and acceptance

4.1 The Provider shall complete onboarding within sixty days after signature: agent roll-out, policy baseline, integration with the Customer's Active Directory and e-mail gateway, and runbooks for the Customer's sites.

4.2 Onboarding acceptance criteria: (a) the agent is installed and reporting on at least 98% of the Endpoints in the Customer's asset list, with every exception documented; (b) five simulated attack scenarios agreed with the Customer are detected and raised to the Customer within the response times in Schedule 1; (c) no production interruption is caused by the agent during a fourteen-day observation period; (d) the runbooks are approved by the Customer's IT manager.

4.3 When the criteria are met, the Customer shall sign an Onboarding Acceptance certificate. Installation of the agent does not itself amount to acceptance.

4.4 If onboarding is not completed within the period in Clause 4.1 for reasons attributable to the Provider, the Provider shall pay delay damages of 0.03% of the Total Contract Value for each day of delay.

## 5. Charges and payment

5.1 At the Customer's request, all charges are in Chinese yuan (CNY) and include Chinese taxes.

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Monthly service charge | 2,400 Endpoints, CNY 44,000 per month x 36 months | 1,584,000 |
| Onboarding charge | one-time | 96,000 |
| **Total Contract Value** | | **1,680,000** |

5.2 The Customer shall pay an advance of thirty-five per cent (35%) of the Total Contract Value, CNY 588,000, within ten days after signature, before onboarding starts.

5.3 The balance of CNY 1,092,000 is payable in twelve equal quarterly instalments of CNY 91,000, each invoiced at the end of a quarter of service after the Service Start Date.

5.4 The Provider shall issue valid VAT invoices (fapiao) through its Shenzhen subsidiary.

## 6. Service levels

6.1 Critical Incident: the Provider shall respond and begin containment within fifteen (15) minutes after detection or after the Customer's report, and shall keep the Customer informed every hour until contained.

6.2 High-severity alerts: response within one hour. Other alerts: within one working day.

6.3 The Provider's management console shall be available 99.95% of the time in each month.

6.4 Service credits: for each Critical Incident response later than the time in Clause 6.1, ten per cent (10%) of that month's service charge; for each month in which console availability falls below Clause 6.3, five per cent (5%) of that month's service charge. Credits are deducted from the next quarterly invoice.

## 7. Customer Data and security

7.1 Customer Data belongs to the Customer. The Provider shall process it only to perform the Service and shall not use it for any other purpose, including product development or threat feeds shared with other clients.

7.2 Customer Data shall be stored and processed in mainland China. The Provider shall protect it with encryption, multi-factor authentication, least-privilege access for named analysts and logging of all access, and shall maintain ISO/IEC 27001 certification for its Shenzhen operations.

7.3 The Provider shall report any breach of Customer Data within twelve hours after becoming aware of it, support the Customer's investigation and any reports to the authorities, and compensate the Customer for losses caused by the Provider's breach of this Clause.

7.4 At the end of the Agreement the Provider shall return Customer Data that the Customer requests and then delete all copies, and shall confirm the deletion in writing.

## 8. Intellectual property

8.1 The Provider's agent, platform and standard detection content remain the Provider's property and are licensed to the Customer for the term of the Agreement.

8.2 Detection policies, exceptions, runbooks and reports prepared specifically for the Customer belong to the Customer, which may use, modify and give them to any later provider.

## 9. Confidentiality

Each party shall keep confidential all non-public information received from the other party, including the Customer's production methods, glaze recipes and network details, and use it only for this Agreement. This obligation survives for three years after the Agreement ends.

## 10. Liability

The Provider's total liability under this Agreement is limited to one hundred and fifty per cent (150%) of the Total Contract Value, except for breach of Clauses 7 and 9, personal injury and wilful misconduct, which are not limited.

## 11. Subcontracting

The Provider shall not subcontract any part of the Service without the Customer's prior written consent.

## 12. Duration and ending of the Agreement

12.1 Neither party may terminate this Agreement before the end of the Initial Term. If the Provider breaches this Agreement, the Customer's remedies are the service credits in Clause 6.4, delay damages under Clause 4.4 and compensation for its losses, and the Provider shall remedy the breach; the Customer may not terminate the Agreement or stop paying the charges on the ground of the breach.

12.2 Clause 12.1 does not affect either party's rights under Clause 13.

## 13. Force majeure

A party prevented from performing by an event beyond its reasonable control shall notify the other party promptly and is excused for the duration of the event. If the event lasts more than ninety days, either party may end the Agreement by written notice.

## 14. Governing law and disputes

This Agreement is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Guangzhou Arbitration Commission for arbitration in Guangzhou.

## 15. General

This Agreement is made in English and Chinese, both equally valid. Amendments must be in writing and signed by both parties. Schedule 1 (Service description and response times) forms part of this Agreement.

## Schedule 1 - Service description and response times

- Coverage: all Endpoints in the asset list, monitored around the clock, every day of the year.
- Critical Incident: response and start of containment within fifteen minutes; hourly updates; written incident report within three working days after containment.
- High-severity alert: response within one hour; medium and low alerts: within one working day.
- Monthly service report: detections, incidents, policy changes, agent health, open risks and recommendations.
- Exercises: two ransomware response exercises per contract year, with a written lessons-learned note after each.

For the Customer: ______________________  Date: __________

For the Provider: ______________________  Date: __________
"""

H266E05 = """DATA SUBSCRIPTION AGREEMENT - EXCHANGE-RATE DATA API
Agreement number: WFD-SH-2025-031

PARTIES
(1) Shanghai Huixin Cross-Border Payment Technology Co., Ltd., Room 1802, No. 99 Yincheng Road, Pudong New Area, Shanghai, People's Republic of China (the "Customer").
(2) Walfisch Finanzdaten GmbH, Hafenweg 4, Insel Walfisch, Wismar Bay, Mecklenburg-Vorpommern, Germany (the "Vendor").

WHEREAS
(A) The Customer operates a licensed cross-border payment and foreign-exchange quotation service for small exporters and needs reliable real-time and historical exchange-rate data for its pricing engine, its customer portal and its risk reports.
(B) The Vendor collects exchange-rate data from banks, trading venues and central banks and distributes it through an application programming interface (the "API").
(C) The parties wish to record the terms of the Customer's subscription.

1. DEFINITIONS
1.1 "Data" means the exchange rates, forward points, reference fixings and related metadata delivered by the Vendor through the API.
1.2 "Customer Usage Data" means the Customer's queries, API keys, IP addresses, request logs and any other information about the Customer's use of the API, and any data the Customer uploads, such as its currency-pair watchlists.
1.3 "Production Access" means the issue of production API keys after Integration Acceptance under Clause 5.
1.4 "P1 Incident" means a failure of the API that prevents the Customer from receiving real-time rates for any of the currency pairs in Schedule 1.

2. SUBSCRIPTION
2.1 The Vendor grants the Customer a non-exclusive, non-transferable right, for the Subscription Term, to receive the Data through the API and to use it in the Customer's pricing engine, portal and internal reports, and to display it to the Customer's own clients in the portal.
2.2 The subscription covers 168 currency pairs, real-time rates with updates at least every 500 milliseconds, historical daily data from 2005, and up to 20 million API calls per month.
2.3 The Customer shall not resell the Data as a stand-alone data product. The Customer may keep Data received during the Subscription Term in its records and reports after the term ends, as required by its regulators.

3. TERM
3.1 The Subscription Term is thirty-six (36) months from the date of Production Access.
3.2 The Agreement may be extended by written agreement for a further term at the same annual fee. There is no automatic renewal and no price increase during the Subscription Term.

4. FEES AND PAYMENT
4.1 At the Customer's request, all fees are stated and paid in Chinese yuan (CNY) and include applicable Chinese taxes.
4.2 Fees:
    Annual subscription fee: CNY 368,000 x 3 = CNY 1,104,000
    Integration support (one-time): CNY 36,000
    Total Contract Value: CNY 1,140,000
4.3 The subscription fee is invoiced quarterly in arrears (CNY 92,000 per quarter), starting from the date of Production Access. The integration support fee is invoiced after Integration Acceptance. The Customer pays no fee in advance.
4.4 Payment is due within thirty days after receipt of a valid invoice (fapiao), issued by the Vendor's Shanghai representative company.

5. INTEGRATION AND ACCEPTANCE
5.1 Within forty-five days after signature the Vendor shall provide a test environment, technical documentation in English and Chinese, and two remote integration workshops, and shall help the Customer connect its pricing engine.
5.2 Integration Acceptance requires that: (a) all 168 currency pairs are received in the test environment for ten consecutive trading days; (b) the median delay between the Vendor's timestamp and receipt at the Customer's gateway is no more than 150 milliseconds; (c) the historical data set reconciles with the Vendor's published fixings for a sample of 2,000 dates chosen by the Customer; (d) failover to the Vendor's secondary endpoint works in a test.
5.3 When the criteria are met, the Customer issues an Integration Acceptance notice and the Vendor issues production keys. Use of the test environment does not count as acceptance.
5.4 If the Vendor does not make the test environment and production keys available on time for reasons within its control, the Vendor shall pay CNY 700 for each day of delay.

6. SERVICE LEVELS
6.1 API availability: at least 99.95% in each calendar month, measured at the Vendor's endpoints, excluding maintenance announced at least seven days in advance and carried out at weekends.
6.2 Support: the Vendor's support desk is available at all times. Response times: P1 Incident - one (1) hour; P2 (degraded service or delayed data) - three hours; other requests - next business day.
6.3 Data quality: the Vendor shall correct erroneous rates within thirty minutes after detection and notify the Customer of each correction through the API's correction feed.
6.4 Service credits: if monthly availability is below Clause 6.1, the Customer receives a credit of ten per cent (10%) of that quarter's fee for each 0.1 percentage point of shortfall, up to the whole quarterly fee; each late P1 response earns a credit of CNY 2,000. Credits are deducted from the next invoice.

7. CUSTOMER USAGE DATA AND SECURITY
7.1 Customer Usage Data belongs to the Customer. The Vendor shall use it only to provide, secure and bill the subscription, and shall not sell it, share it, or use it to build products or analyses for others.
7.2 The Vendor shall protect Customer Usage Data with encryption in transit and at rest, access limited to named support staff, multi-factor authentication and logging, and shall keep the data in data centres in mainland China operated by its Shanghai representative company's hosting provider.
7.3 The Vendor shall inform the Customer of any security breach affecting Customer Usage Data or the Customer's API keys within twenty-four hours, revoke compromised keys immediately, and be liable for the Customer's losses caused by a breach attributable to the Vendor.

8. INTELLECTUAL PROPERTY
8.1 The Data, the API and the Vendor's databases remain the property of the Vendor and its sources.
8.2 The custom currency-pair mappings, field transformations and the adapter code written by the Vendor during integration support for the Customer's pricing engine belong to the Customer, which may use, modify and have them maintained by others freely.

9. CONFIDENTIALITY
Each party shall keep confidential all non-public information of the other party, including the Customer's pricing methods, client volumes and system design, and the Vendor's source lists, and shall use it only for this Agreement. This obligation lasts for three years after the Agreement ends.

10. LIABILITY
10.1 Each party's total liability under this Agreement is limited to one hundred and fifty per cent (150%) of the Total Contract Value.
10.2 The limit does not apply to breach of Clauses 7 and 9, infringement of the other party's intellectual property, fraud or wilful misconduct.
10.3 The Vendor does not warrant that the Data is suitable for any particular trading decision; the Customer remains responsible for its own quotations.

11. SUBCONTRACTING
The Vendor shall not subcontract any part of its obligations, other than the data-centre hosting named in Clause 7.2, without the Customer's prior written consent.

12. TERMINATION
12.1 Either party may terminate this Agreement by written notice if the other party materially breaches it and fails to cure the breach within thirty days after written notice.
12.2 The Customer may also terminate by written notice if the Vendor misses the availability level in Clause 6.1 in two consecutive months, or if the Vendor loses the right to distribute the Data for more than a third of the currency pairs in Schedule 1.
12.3 For sixty days after termination the Vendor shall keep the Customer's production keys active at the same fee, pro rata, if the Customer asks for this in order to move to another provider without interrupting its quotation service.
12.4 On termination, fees are payable only up to the termination date, and the Vendor shall refund any fees paid for later periods.

13. FORCE MAJEURE
Neither party is liable for delay or failure caused by events beyond its reasonable control, provided it gives prompt notice and resumes performance as soon as possible.

14. GOVERNING LAW AND DISPUTES
14.1 This Agreement is governed by the laws of the People's Republic of China.
14.2 Any dispute arising out of or in connection with this Agreement shall be finally resolved by arbitration under the Arbitration Rules of the German Arbitration Institute (DIS). The seat of arbitration is Frankfurt am Main, Germany, and the language is English.

15. GENERAL
15.1 Notices must be in writing and sent to the addresses above, with a copy by e-mail to each party's account manager.
15.2 Neither party may assign this Agreement without the other party's prior written consent.
15.3 This Agreement, with Schedule 1 (currency pairs and endpoints), is the entire agreement between the parties on its subject and may be changed only in writing signed by both parties.
15.4 This Agreement is signed in two originals in English.

SCHEDULE 1 - CURRENCY PAIRS AND ENDPOINTS
All pairs of CNY, CNH, USD, EUR, HKD, JPY, GBP, SGD, AUD, KRW, THB, VND, MYR, IDR, PHP, INR, AED and SAR with each other where quoted, and selected emerging-market pairs listed in the Vendor's catalogue on the date of signature (168 pairs in total). Primary endpoint: Shanghai. Secondary endpoint: Beijing.

For the Customer: Shanghai Huixin Cross-Border Payment Technology Co., Ltd.
Name: ______________  Title: ______________  Date: __________

For the Vendor: Walfisch Finanzdaten GmbH
Name: ______________  Title: ______________  Date: __________
"""

# ---- files ----
FILES = {  # key: (file name, format, source)
    "z01": ("h266z01_water_resources_dam_safety_monitoring.docx", "docx", H266Z01),
    "z02": ("h266z02_float_glass_furnace_temperature_control.pdf", "pdf", H266Z02),
    "z03": ("h266z03_hotpot_chain_queue_ordering_saas.md", "md", H266Z03),
    "z04": ("h266z04_market_regulation_food_traceability_om.txt", "txt", H266Z04),
    "z05": ("h266z05_rice_noodle_wms_supplier_template.md", "md", H266Z05),
    "e01": ("h266e01_stone_carving_cnc_design_licences.pdf", "pdf", H266E01),
    "e02": ("h266e02_eco_bus_booking_saas_order_form.txt", "txt", H266E02),
    "e03": ("h266e03_coffee_estate_drying_yard_sensors.docx", "docx", H266E03),
    "e04": ("h266e04_ceramic_tile_managed_endpoint_security.md", "md", H266E04),
    "e05": ("h266e05_fx_rate_data_api_subscription.txt", "txt", H266E05),
}

# ---- price and payment arithmetic ----
assert 1126000 + 486000 + 620000 + 318000 == 2550000 and 2550000 + 412000 + 276000 + 32000 == 3270000
assert 654000 + 1471500 + 1144500 == 3270000 and 3270000 * 20 // 100 == 654000 and 2550000 * 8 // 100 == 204000
assert 1080000 + 364000 + 456000 == 1900000 and 1900000 + 188000 + 22000 == 2110000
assert 527500 * 2 + 1055000 == 2110000 and 2110000 * 25 // 100 == 527500 and 1900000 * 18 // 100 == 342000
assert 70 * 1180 * 24 == 1982400 and 1982400 + 236000 == 2218400 and 70 * 1180 == 82600
assert 518400 + 216000 + 129600 == 864000 and 4 * 216000 == 864000
assert 1000000 + 180000 + 60000 == 1240000 and 620000 + 558000 + 62000 == 1240000 and 1000000 * 22 // 100 == 220000
assert 6 * 148000 == 888000 and 888000 + 126000 + 46000 == 1060000 and 212000 + 583000 + 265000 == 1060000
assert 888000 * 11 // 100 == 97680
assert 46500 * 24 == 1116000 and 1116000 + 84000 == 1200000
assert 180 * 2600 == 468000 and 6 * 38000 == 228000 and 8 * 14500 == 116000
assert 468000 + 228000 + 116000 + 194000 == 1006000 and 1006000 + 118000 + 16000 == 1140000
assert 114000 + 627000 + 399000 == 1140000 and 1006000 * 7 // 100 == 70420
assert 44000 * 36 == 1584000 and 1584000 + 96000 == 1680000 and 1680000 * 35 // 100 == 588000
assert 588000 + 12 * 91000 == 1680000
assert 368000 * 3 == 1104000 and 1104000 + 36000 == 1140000 and 368000 // 4 == 92000

# ---- labels (decided before the text was written) ----
KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
T, F, N = True, False, None
G, S = "goods_or_licence", "service"
# key: (language, category, terms in KEYS order, sla_clause, ld_stated, capped (goods only), deemed, value,
#       forum_outside_mainland, tco (licence/hardware fee base, warranty years) or None, planned rules, evidence strings)
LABELS = {
 "z01": ("zh", "hardware", [99.95, 0.5, T, "buyer", T, T, T, 0.08, N, 20, T, T, 36, 8, F, T, F, "PRC", G],
         T, T, T, F, 3270000, F, (2550000, 3), [],
         ["99.95%", "30分钟内响应", "万分之八", "20%", "三十六个月", "8%", "3,270,000", "书面同意", "中华人民共和国法律"]),
 "z02": ("zh", "hardware", [N, 6, T, "buyer", T, T, T, 0.1, N, 25, F, F, 24, 18, F, T, F, "PRC", G],
         T, T, T, T, 2110000, F, (1900000, 2), ["CR-ACCEPTANCE", "CR-POST-WARRANTY-FEE", "CR-SLA-RESPONSE"],
         ["6小时内响应", "千分之一", "25%", "二十四个月", "18%", "即视为甲方验收合格", "2,110,000", "¥800"]),
 "z03": ("zh", "cloud", [99.5, 0.25, T, "buyer", T, F, T, 1500 / 2218400 * 100, 150, N, T, N, N, N, T, T, F, "PRC", S],
         T, T, N, F, 2218400, F, None, ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"],
         ["99.5%", "15分钟内响应", "¥1,500", "150%", "8%", "自动续期", "脱敏", "2,218,400"]),
 "z04": ("zh", "services", [99.95, 0.5, T, "buyer", F, T, T, 500 / 864000 * 100, 50, N, T, N, N, N, F, T, T, "PRC", S],
         T, T, N, F, 864000, F, None, ["CR-DATA-SECURITY", "CR-LIABILITY-CAP", "CR-SUBCONTRACT"],
         ["99.95%", "30分钟内响应", "¥500", "50%", "书面告知", "不设预付款", "864,000"]),
 "z05": ("zh", "software", [N, 12, F, "supplier", T, F, T, 0.02, 25, 50, T, T, 6, 22, F, T, T, N, G],
         T, T, T, F, 1240000, F, (1000000, 0.5),
         ["CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
          "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE",
          "CR-WARRANTY"],
         ["12小时内响应", "万分之二", "25%", "50%", "六个月", "22%", "1,240,000", "无需另行征得甲方同意", "脱敏"]),
 "e01": ("en", "software", [N, 2, T, "buyer", T, T, T, N, 200, 20, T, T, 3, 11, F, T, F, "Italy", G],
         T, F, T, F, 1060000, T, (888000, 0.25), ["CR-GOVERNING-LAW", "CR-LD-MISSING", "CR-WARRANTY"],
         ["two (2) hours", "200%", "(20%)", "ninety (90) days", "(11%)", "laws of Italy", "1,060,000"]),
 "e02": ("en", "cloud", [99.95, 6, F, "buyer", T, T, F, 900 / 1200000 * 100, 200, N, T, N, N, N, F, T, F, "PRC", S],
         T, T, N, F, 1200000, F, None, ["CR-CONFIDENTIALITY", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE"],
         ["99.95%", "six (6) hours", "CNY 900", "200%", "Service credits are not available", "1,200,000"]),
 "e03": ("en", "hardware", [N, 1, T, "buyer", T, T, T, 0.1, 150, 10, T, T, 24, 7, F, T, F, "PRC", G],
         T, T, T, F, 1140000, F, (1006000, 2), [],
         ["one (1) hour", "0.1%", "150%", "(10%)", "twenty-four (24) months", "(7%)", "1,140,000"]),
 "e04": ("en", "services", [99.95, 0.25, T, "buyer", T, T, T, 0.03, 150, 35, T, N, N, N, F, F, F, "PRC", S],
         T, T, N, F, 1680000, F, None, ["CR-LD-LOW", "CR-PREPAYMENT", "CR-TERMINATION"],
         ["99.95%", "fifteen (15) minutes", "0.03%", "150%", "(35%)", "may not terminate", "1,680,000"]),
 "e05": ("en", "cloud", [99.95, 1, T, "buyer", T, T, T, 700 / 1140000 * 100, 150, N, T, N, N, N, F, T, F, "PRC", S],
         T, T, N, F, 1140000, T, None, ["CR-GOVERNING-LAW"],
         ["99.95%", "one (1) hour", "CNY 700", "150%", "Frankfurt am Main", "1,140,000"]),
}
MIX = {"z01": "low", "e03": "low", "e05": "low"}

def apply_rules(t, sla, ld_stated, capped, forum_outside, tco):
    """policy §3 re-applied to the label (returns rule ids and the TCO share in %)."""
    r = set()
    goods = t["contract_kind"] == G
    if not sla:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if sla and (t["p1_response_hours"] is None or t["p1_response_hours"] > 4):
        r.add("CR-SLA-RESPONSE")
    if sla and not t["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not ld_stated:
        r.add("CR-LD-MISSING")
    if t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    share = None
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not capped or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        if tco and t["post_warranty_fee_pct"] is not None:
            base, wy = tco
            fees = max(0, 5 - wy) * base * t["post_warranty_fee_pct"] / 100
            share = fees / (VALUE + fees) * 100
            if share > 40:
                r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or forum_outside:
        r.add("CR-GOVERNING-LAW")
    return sorted(r), share


SEV = {"CR-SLA-MISSING": "high", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high", "CR-LD-MISSING": "high",
       "CR-ACCEPTANCE": "high", "CR-POST-WARRANTY-FEE": "high", "CR-GOVERNING-LAW": "low"}


def risk(rules):
    sev = [SEV.get(x, "medium") for x in rules]
    return "high" if "high" in sev else "medium" if "medium" in sev else "low"


def label_json(key):
    global VALUE
    lang, cat, vals, sla, ld_stated, capped, deemed, value, forum, tco, planned, ev = LABELS[key]
    VALUE = value
    terms = dict(zip(KEYS, vals))
    rules, share = apply_rules(terms, sla, ld_stated, capped, forum, tco)
    assert rules == sorted(planned), (key, rules, planned)
    extra = {"sla_clause": sla, "ld_stated": ld_stated}
    if terms["contract_kind"] == G:
        extra["post_warranty_fee_capped"] = capped
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = value
    lab = {"file": FILES[key][0], "language": lang, "category": cat, "expected_terms": terms,
           "expected_extra": extra, "expected_rules": rules}
    return lab, share


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


if __name__ == "__main__":
    selftest()
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    built = {k: v for k, v in FILES.items() if v[1] in ("docx", "pdf")}
    write({k: v[2] for k, v in built.items()}, {k: (v[0], v[1]) for k, v in built.items()}, OUT, wrap_words=True)
    for k, (name, fmt, src) in FILES.items():
        if fmt in ("md", "txt"):
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
    n_low_only = 0
    for k, (name, fmt, src) in FILES.items():
        lab, share = label_json(k)
        text = read_back(OUT / name)
        flat = re.sub(r"\s+", "", text)
        assert not hits(text) and not hits(flat.replace("%", "%")), (name, hits(text))
        for e in LABELS[k][-1]:
            assert e in text or re.sub(r"\s+", "", e) in flat, (name, e)
        for isl in ["Isola Spargiotto", "Île du Loc'h", "Ilhéu de São Vicente", "Isolotto Formica", "Insel Walfisch"]:
            if isl in src:
                assert isl in text, (name, isl)
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1),
                                                               encoding="utf-8")
        size = ("%d chars (%d non-space)" % (len(text), len(flat))) if lab["language"] == "zh" else \
            "%d words" % len(text.split())
        if lab["language"] == "zh":
            assert 2800 <= len(text) <= 3300, (name, len(text))
        else:
            assert 1500 <= len(text.split()) <= 1700, (name, len(text.split()))
        print(k, fmt, size, risk(lab["expected_rules"]), lab["expected_rules"],
              "" if share is None else "TCO share %.2f%%" % share)
    print("all checks passed")
