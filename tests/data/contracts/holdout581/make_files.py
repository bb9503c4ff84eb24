"""holdout581: builds the ten blind ORDINARY draft contracts (zh z01-z05, en e01-e05) and their labels.

Sources are kept here; .txt/.md are written as is, .docx/.pdf through ../word_pdf.py (PDF lines wrapped at word
boundaries). Labels (.json) are written from the TERMS/EXTRA tables below; expected rules are derived from them by my
own reading of policy.md §3 and checked against the design list. Every built file is read back, its length checked
(zh: characters of the read-back text; en: whitespace-separated words), and it and its source are scanned for
threshold figures. Run: /work/main/.venv/bin/python -B make_files.py
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H581Z01 = """T:森林防火监测预警平台采购合同
P:合同编号：LYJ-ZFCG-2026-017　　采购方式：公开招标（政府采购）
P:甲方（采购人）：青岚市林业局　　地址：青岚市府前路 18 号
P:乙方（供应商）：松屏智能科技有限公司　　地址：青岚市高新区科创大道 206 号
P:根据《中华人民共和国民法典》《中华人民共和国政府采购法》及招标文件（项目编号 QLCG-2026-0341）、乙方投标文件和中标通知书，甲乙双方就森林防火监测预警平台的软件许可、定制开发及部署事宜，经协商一致，订立本合同。招标文件、投标文件、中标通知书均为本合同组成部分，内容不一致时以本合同为准。
H:第一条　项目内容
P:1.1 乙方向甲方提供“林火卫士”监测预警平台 V3.2 软件永久许可（含市级平台一套、区县分平台七套），并完成以下定制开发：瞭望塔高点视频 36 路接入及烟火智能识别、卫星热点数据接入、护林员巡护 APP、防火指挥“一张图”及与省级森林防火信息系统的数据对接。
P:1.2 乙方负责平台在甲方政务云资源上的部署、联调、数据初始化及用户培训，并提交全部技术文档。
H:第二条　合同价款
P:2.1 合同总价为人民币 1,550,000 元（大写：壹佰伍拾伍万元整），含税，包括软件许可、定制开发、部署实施、培训及质保期内全部服务费用。分项如下：
P:（1）平台软件许可费：860,000 元；
P:（2）定制开发费（视频识别接入、卫星热点接入、巡护 APP、指挥一张图、省级对接）：546,000 元；
P:（3）部署实施及数据初始化费：118,000 元；
P:（4）培训费：26,000 元。
P:2.2 合同总价为固定价格，甲方不再支付本合同约定以外的任何费用。
H:第三条　付款方式
P:3.1 本合同签订且甲方收到乙方等额发票后 15 个工作日内，甲方支付合同总价的 20% 作为预付款，即 310,000 元。
P:3.2 平台部署完成并通过初步验收后 15 个工作日内，甲方支付合同总价的 45%，即 697,500 元。
P:3.3 平台通过最终验收后 15 个工作日内，甲方支付合同总价的 35%，即 542,500 元。
P:3.4 甲方按国库集中支付程序付款，付款前乙方应开具合法有效的增值税发票。因财政资金拨付流程造成的付款延迟，不视为甲方违约，但甲方应及时告知乙方预计付款时间。
H:第四条　交付与进度
P:4.1 乙方应于合同签订后 90 日内完成平台部署及全部定制开发，并具备初步验收条件；初步验收后进入 60 日试运行期。
P:4.2 乙方应按甲方确认的实施方案组织实施，每周提交进度报告。乙方指派的项目经理须具备同类项目经验，未经甲方同意不得更换。
P:4.3 乙方应在部署完成前对甲方市、区县两级管理员及指挥中心值班人员开展不少于 6 场培训，并提供操作手册和培训视频。
P:4.4 合同签订后 7 日内，乙方向甲方提交合同总价 5% 的履约保证金（银行保函形式），最终验收合格后无息退还。
H:第五条　验收
P:5.1 初步验收标准：（1）招标文件所列功能全部实现；（2）36 路视频全部接入，烟火识别在甲方组织的测试中检出率不低于 95%，误报每路每日不超过 3 次；（3）卫星热点数据推送延迟不超过 10 分钟；（4）省级系统对接数据一致；（5）第三方等级保护测评无高风险问题。
P:5.2 最终验收标准：试运行期满，期间无一级故障，初步验收遗留问题全部整改完毕，技术文档和源代码交付齐全。甲方在收到验收申请后 10 个工作日内组织验收并出具书面验收报告。
P:5.3 平台上线使用、甲方支付款项或签收货物，均不视为验收合格。
H:第六条　质量保证与售后服务
P:6.1 质保期为三十六个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级和技术支持。
P:6.2 平台月度可用率不低于 99.95%（防火期内按自然月统计，计划内维护须提前 3 日经甲方同意，不计入不可用时间）。
P:6.3 故障分级及响应：一级故障（平台整体不可用或烟火告警无法推送）乙方 30 分钟内响应、2 小时内到场、8 小时内恢复；二级故障 2 小时内响应、24 小时内解决；三级故障 1 个工作日内响应。
P:6.4 乙方未达到上述要求的，一级故障每超时 1 小时扣减 1,000 元；月度可用率每低于承诺值 0.01 个百分点扣减 2,000 元，从应付款项或履约保证金中扣除。
P:6.5 质保期满后，如甲方需要继续维护，年度维护费不超过平台软件许可费的 8%（即每年不超过 68,800 元），前三个维护年度价格不变，由双方另行签订维护合同。
H:第七条　知识产权
P:7.1 平台原有软件的知识产权归乙方所有，甲方享有永久、不可撤销的使用许可。
P:7.2 本合同定制开发的全部成果（包括源代码、接口程序、识别模型参数、APP 及相关文档）的知识产权归甲方所有，甲方可自行或委托第三方使用、修改和再开发。
H:第八条　数据安全
P:8.1 平台采集和产生的视频、热点、巡护轨迹及业务数据均属甲方所有，乙方仅为履行本合同使用，不得复制、留存或用于其他目的。
P:8.2 乙方应按网络安全等级保护第三级要求落实访问控制、加密传输、操作审计等措施，远程运维须经甲方审批并通过堡垒机进行。
P:8.3 发生数据泄露、篡改或丢失的，乙方应在 2 小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任。
H:第九条　保密
P:乙方对履行本合同中知悉的甲方工作秘密、林区地理信息及其他非公开信息负有保密义务，未经甲方书面同意不得向第三方披露。本条在合同终止后继续有效。
H:第十条　违约责任
P:10.1 乙方逾期交付或逾期具备验收条件的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:10.2 乙方交付的成果不符合合同约定且在甲方指定期限内未能整改的，甲方有权拒绝验收并要求乙方赔偿损失。
H:第十一条　分包
P:乙方不得将本合同项下工作转包或分包给第三方。
H:第十二条　合同解除
P:乙方严重违约，经甲方书面催告后 15 日内仍未纠正的，甲方有权解除本合同，乙方应退还已收款项并赔偿甲方损失。
H:第十三条　法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十四条　不可抗力
P:因地震、洪水、重大森林火灾等不可抗力导致不能履行的，受影响方应及时通知对方并提供证明，部分或全部免除责任，但迟延履行后发生的除外。
H:第十五条　其他
P:本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：青岚市林业局　　代表：__________　　日期：2026 年 5 月　日
P:乙方（盖章）：松屏智能科技有限公司　　代表：__________　　日期：2026 年 5 月　日
"""

H581Z02 = """T:化成柜控制系统改造及维保合同
P:合同编号：GN-CG-2026-0458
P:甲方（买方）：赣能动力电池有限公司　　地址：宜春市袁州区锂电产业园 9 号
P:乙方（卖方）：恒测自动化设备有限公司　　地址：苏州市相城区澄阳路 318 号
P:鉴于甲方二号厂房现有 120 台化成柜控制系统老化、无法与新 MES 系统对接，甲方经比选确定由乙方实施控制系统改造并提供维保服务。双方经协商一致，订立本合同。
H:1. 供货及服务范围
P:1.1 乙方提供化成柜控制器升级套件、上位机服务器及工控机、化成控制软件许可，并完成旧控制单元拆除、安装、接线、调试、与甲方 MES 系统的接口开发及人员培训。
P:1.2 改造须分批停线实施，每批停线不超过 72 小时，不得影响甲方其余产线生产。改造后的控制系统应兼容甲方现有化成柜柜体、电源模块及针床夹具，不得要求甲方另行更换。
P:1.3 设备清单及价格如下表（人民币元，含税、含运输及安装）：
TB:序号|名称及规格|数量|单价|金额
TB:1|化成柜控制器升级套件（含电压电流采样板、通讯模块）|120 台|6,800|816,000
TB:2|上位机服务器（双机热备）及工控机|4 套|38,500|154,000
TB:3|化成控制软件许可（含 MES 接口模块，永久许可）|1 套|260,000|260,000
TB:|软硬件小计|||1,230,000
TB:4|改造施工、接线与调试|1 项|196,000|196,000
TB:5|旧控制单元拆除及环保处置|1 项|34,000|34,000
TB:6|操作及维护培训|1 项|18,000|18,000
TB:|合同总价|||1,478,000
P:1.4 合同总价为人民币 1,478,000 元（大写：壹佰肆拾柒万捌仟元整），为固定总价，包括设备、软件、包装运输、保险、安装调试、培训、税费及质保期内全部服务费用。
P:1.5 乙方应随设备提供出厂检验报告、合格证、接线图、软件安装介质、操作手册及维护手册各两套，并在质保期内免费提供软件补丁及版本升级。
H:2. 付款
P:2.1 合同签订后 10 个工作日内，甲方支付合同总价的 10%，即 147,800 元。
P:2.2 全部化成柜安装调试完成、甲方签署安装确认单后，甲方支付合同总价的 50%，即 739,000 元；安装确认单不视为验收。
P:2.3 最终验收合格后，甲方支付合同总价的 35%，即 517,300 元。
P:2.4 余款 5%（73,900 元）作为质量保证金，质保期满且无未结问题后支付。
H:3. 交付与进度
P:3.1 乙方应于合同签订后 45 日内将设备运至甲方二号厂房，并于到货后 60 日内完成全部改造及调试。
P:3.2 乙方迟延交货或迟延完成改造的，应在知道迟延后 2 日内书面说明原因及补救计划，并采取加班、增派人员等措施追赶进度。
P:3.3 每批停线改造前 5 个工作日，乙方应提交该批次的停线方案、安全措施及回退方案，经甲方生产部和安环部确认后实施。施工期间乙方人员应遵守甲方厂区安全、防火及洁净管理规定，因乙方人员违规造成的安全事故由乙方负责。
P:3.4 乙方应在厂区常备不少于 6 套控制器套件作为备品备件，改造完成后移交甲方。
H:4. 验收
P:4.1 验收标准：（1）电压采样精度 ±0.5 mV，电流精度 ±0.02% FS 以内；（2）化成工步曲线与甲方工艺文件一致；（3）MES 接口数据与现场数据逐条比对一致；（4）全部化成柜连续 168 小时运行无故障停机。
P:4.2 乙方提交验收申请后，甲方在 7 个工作日内组织验收，验收合格的出具书面验收报告；不合格的，乙方应在 15 日内整改并重新申请验收。
P:4.3 设备的毁损、灭失风险自最终验收合格之日起转移给甲方；验收前运抵现场的设备由乙方负责看管，因乙方保管不善造成的损失由乙方承担。
H:5. 质量保证
P:5.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内设备、软件故障由乙方免费维修或更换。
P:5.2 质保期内，一级故障（整条化成线停机或数据无法上传）乙方 1 小时内响应、6 小时内到场、12 小时内恢复；二级故障 8 小时内响应、48 小时内解决。
P:5.3 乙方未按时响应或到场的，每超时 1 小时，甲方可从质量保证金中扣减 500 元。
P:5.4 质保期满后，乙方按软硬件小计的 9%（即每年 110,700 元）提供年度维保服务，前三个维保年度价格固定不变，具体以双方签订的维保合同为准。
P:5.5 乙方应在改造完成后为甲方培训操作人员及设备维护人员各不少于 20 名，培训合格后方可独立上岗。
H:6. 知识产权
P:6.1 化成控制软件的知识产权归乙方所有，甲方享有永久使用权。
P:6.2 为甲方开发的 MES 接口程序、工艺参数配置文件及其源代码归甲方所有，甲方可自行修改或交由第三方维护。
P:6.3 乙方保证所提供的设备和软件不侵犯任何第三方的知识产权；如发生侵权纠纷，由乙方负责处理并承担全部责任，甲方因此遭受的损失由乙方赔偿。
H:7. 数据安全
P:7.1 化成工艺参数、电池批次数据及生产记录归甲方所有，乙方仅为履行本合同使用。
P:7.2 乙方远程维护须经甲方审批并通过甲方指定的 VPN 接入，不得将生产数据拷贝出厂，调试用移动介质由甲方登记管理。
P:7.3 因乙方原因造成数据泄露、丢失或生产数据被篡改的，乙方应立即报告甲方、配合处置，并承担全部赔偿责任。
H:8. 保密
P:乙方对在本项目中知悉的甲方电池工艺、配方参数、产能等技术和商业信息负有保密义务，未经甲方书面同意不得披露或使用。本条在合同终止后三年内有效。
H:9. 分包
P:乙方可将现场布线及机柜改装工作交由具备相应资质的第三方实施，但应提前 5 个工作日书面通知甲方，乙方对第三方的工作承担全部责任。
H:10. 违约责任
P:10.1 乙方交付的设备或软件不符合合同约定的，甲方有权要求乙方更换、整改，由此产生的费用由乙方承担。
P:10.2 任何一方违约给对方造成损失的，应赔偿对方的实际损失。
P:10.3 甲方逾期付款的，乙方可书面催告，甲方应在催告后 10 个工作日内付清；付款迟延期间乙方的履行期限相应顺延。
H:11. 合同解除
P:乙方严重违约，经甲方书面通知后 10 日内仍未纠正的，甲方有权解除合同并要求乙方退还已付款项、赔偿损失。
H:12. 不可抗力
P:因不可抗力不能履行合同的，受影响方应在 3 日内通知对方并提供证明，根据影响程度部分或全部免除责任。
H:13. 法律适用及争议
P:本合同适用中华人民共和国法律。因本合同引起的争议，提交宜春仲裁委员会仲裁。
H:14. 其他
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方：赣能动力电池有限公司（盖章）　　授权代表：________
P:乙方：恒测自动化设备有限公司（盖章）　　授权代表：________
P:签订日期：2026 年 6 月　日
"""

H581Z03 = """花间集连锁门店订单配送系统服务合同

合同编号：HJJ-IT-2026-009

甲方（客户）：云南花间集花卉连锁有限公司
住所：昆明市官渡区花卉大道 66 号

乙方（服务商）：滇云数联科技有限公司
住所：昆明市五华区学府路 290 号

甲方在昆明、大理、丽江等地经营 40 家鲜花门店，拟统一线上线下订单、门店调拨和同城配送管理。乙方提供“花递”订单配送 SaaS 平台及实施服务。双方经友好协商，签订本合同。

一、服务内容

（一）SaaS 订阅服务：乙方为甲方开通“花递”平台，包括总部管理端一套、门店端 40 个、配送骑手端 80 个账号，功能含订单接收（小程序、电话、第三方外卖平台）、库存与花材损耗管理、门店调拨、配送派单与轨迹、会员与储值、经营报表。

（二）实施服务：系统配置、40 家门店商品及会员数据迁移、甲方微信小程序改版对接、美团与饿了么订单接口对接、门店收银设备对接、店长及骑手培训。

（三）服务期：自上线验收合格之日起三个服务年度。

（四）服务期内乙方对平台进行的常规功能升级免费向甲方开放；升级如影响门店操作流程，乙方应提前 7 日通知甲方并提供培训材料。

二、费用

（一）服务费用明细（人民币元，含税）：
1. 总部管理端：1 套 × 36,000 元/服务年度 = 36,000 元/服务年度；
2. 门店端：40 个 × 3,600 元/服务年度 = 144,000 元/服务年度；
3. 骑手端：80 个 × 600 元/服务年度 = 48,000 元/服务年度；
订阅费合计 228,000 元/服务年度，三个服务年度共 684,000 元。
4. 一次性实施费：86,000 元。

（二）合同总金额为人民币 770,000 元（大写：柒拾柒万元整）。服务期内新增门店的，按门店端单价按剩余月份折算计费。

三、付款方式

（一）实施费在上线验收合格后 10 个工作日内一次性支付。

（二）订阅费按季度支付，自上线验收合格之日起，每季度首月 10 日前支付当季订阅费 57,000 元。

（三）乙方应在收款前开具增值税专用发票。

四、实施与验收

（一）乙方应在合同签订后 45 日内完成全部实施工作，并向甲方提交上线验收申请。

（二）验收标准：1. 合同所列功能全部可用；2. 门店商品、库存、会员及储值余额迁移数据与甲方原系统逐项核对一致；3. 小程序、美团、饿了么三个渠道订单在 10 秒内进入平台；4. 在 40 家门店试运行 10 日，无一级故障。

（三）甲方在收到验收申请后 5 个工作日内组织验收，合格的签署上线验收单；不合格的，乙方应在 7 日内整改后重新提交。门店试用不视为验收合格。

（四）实施期间，乙方应派驻不少于 3 名实施顾问，分片区对 40 家门店的店长、店员和骑手进行现场培训，每家门店培训不少于 2 次，并提供操作视频和常见问题手册。

（五）乙方未按期完成实施的，每逾期一日，按合同总金额的千分之一向甲方支付违约金，但累计不超过合同总金额的 10%。

五、服务水平

（一）平台月度可用率不低于 99.5%。计划内维护应安排在凌晨 1 点至 5 点之间并提前 48 小时通知甲方，不计入不可用时间。情人节、七夕、母亲节前后三日为保障期，保障期内不得安排计划内维护。

（二）故障分级：一级故障指全部门店无法接单或配送派单中断，乙方 15 分钟内响应、2 小时内恢复；二级故障指部分门店或单个渠道不可用，1 小时内响应、8 小时内恢复；三级故障为其他问题，1 个工作日内答复。

（三）服务抵扣：月度可用率低于承诺值的，每低 0.1 个百分点，抵扣当月订阅费的 5%；一级故障超过恢复时限的，每超过 1 小时抵扣当月订阅费的 2%。当月抵扣合计不超过当月订阅费。

（四）乙方提供 7×24 小时客服热线，并指定专属客户经理，每月提交服务报告。

六、数据安全与数据归属

（一）甲方录入和平台产生的订单、会员、储值、配送地址及经营数据均归甲方所有。乙方仅为向甲方提供本合同服务而处理上述数据，不得用于其他任何目的。

（二）乙方应将数据存储于境内云服务器，采取加密存储、访问权限分级、操作日志留存、每日备份等措施，平台应通过网络安全等级保护第二级测评。

（三）发生数据泄露、丢失或被非法访问的，乙方应在 2 小时内通知甲方，采取补救措施并配合调查；因乙方原因造成的，乙方承担全部赔偿责任，包括甲方向会员承担的赔偿。

（四）服务期满或合同解除后 30 日内，乙方应按甲方要求以通用格式导出全部数据交付甲方，并在甲方确认后删除。

七、知识产权

乙方平台的知识产权归乙方所有。乙方为甲方定制的小程序页面、接口程序及报表模板，其知识产权归甲方所有，乙方应交付源代码，甲方可自行修改使用。

八、续订

服务期满前 30 日，任何一方未书面提出不续订的，本合同自动续订一个服务年度。续订时乙方可根据市场情况调整订阅单价，并于服务期满前 30 日书面通知甲方，甲方未提出异议的，按调整后单价执行。

九、分包

未经甲方书面同意，乙方不得将本合同项下服务转包或分包。

十、合同解除

（一）乙方严重违约，或连续两个月可用率低于承诺值，经甲方书面通知后 15 日内仍未改正的，甲方有权解除本合同，乙方应退还已付未使用的订阅费。

（二）甲方逾期支付费用超过 60 日的，乙方可书面催告后暂停服务。

十一、法律适用与争议解决

本合同适用中华人民共和国法律。争议由双方协商解决；协商不成的，提交昆明仲裁委员会仲裁。

十二、甲方义务

（一）甲方应指定项目负责人，按实施计划提供门店商品、会员及储值数据，并协调各门店配合培训和试运行。

（二）甲方应妥善保管平台账号和密码，门店员工离职时及时停用其账号；因甲方账号管理不当造成的损失由甲方自行承担。

（三）甲方应按约定支付费用，并保证通过平台销售的商品和开展的营销活动符合法律法规。门店营业时间调整的，应提前通知乙方。

十三、不可抗力

因地震、洪水、疫情防控措施、基础电信网络大面积中断等不可抗力导致不能履行的，受影响方应及时通知对方，并在合理期限内提供证明，部分或全部免除责任。不可抗力持续超过 30 日的，任何一方可书面通知对方解除本合同。

十四、其他

（一）本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。

（二）本合同附件包括：附件一 功能清单；附件二 实施计划；附件三 门店清单。

（三）
本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：云南花间集花卉连锁有限公司　　代表签字：________
乙方（盖章）：滇云数联科技有限公司　　代表签字：________
签订日期：2026 年 4 月　日
"""

H581Z04 = """江城市广播电视台播出系统运维服务合同

项目名称：江城市广播电视台播出系统年度运维服务
项目编号：JCZC-2026-CS-052（竞争性磋商）
合同编号：JCTV-YW-2026-03

甲方（采购人）：江城市广播电视台
地址：江城市滨江路 100 号

乙方（成交供应商）：华衡广电技术服务有限公司
地址：武汉市洪山区光谷大道 77 号

根据江城市政府采购竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就江城市广播电视台播出系统运维服务事宜，经协商一致，订立本合同。

第一条　服务范围
（1）服务对象：甲方新闻综合、都市生活两个频道的播出服务器、播出切换台、播出控制系统、总控矩阵、信号监测系统、硬盘播出存储及配套网络设备，设备清单见附件一。
（2）服务内容：驻场值守、日常巡检、故障处理、备件保障、系统优化、应急演练及重大活动安全播出保障。
（3）服务期：2026 年 7 月 1 日起至 2027 年 6 月 30 日止。

第二条　服务费用
（1）合同总价为人民币 598,000 元（大写：伍拾玖万捌仟元整），为固定总价，包括人员、备件、工具、差旅、税费等全部费用。
（2）费用构成：驻场运维服务费 384,000 元；备件保障费 126,000 元；巡检及应急演练费 58,000 元；重保期安全播出保障费 30,000 元。
（3）服务期内甲方新增或更换播出设备的，乙方应一并纳入运维范围；新增设备价值较大、明显增加乙方工作量的，双方另行协商补充协议，未签订补充协议前乙方不得拒绝提供服务。

第三条　付款方式
（1）服务费按季度支付，每季度结束后经甲方季度考核合格，于次月 15 个工作日内支付该季度服务费 149,500 元。
（2）季度考核不合格的，甲方按第十条扣减后支付。
（3）乙方应在每次付款前开具合法有效的增值税发票。

第四条　人员要求
（1）乙方派驻 2 名具备广播电视播出系统运维经验的工程师，实行 7×24 小时驻场值守，其中至少 1 人持有广播电视技术能手或同等资格证书。
（2）驻场人员须遵守甲方安全播出管理制度、机房管理制度和值班交接班制度，未经甲方同意不得更换。
（3）乙方另设二线技术支持团队，在一线人员无法处理时 1 小时内提供远程支持。
（4）乙方应对驻场人员进行安全播出制度培训，驻场人员上岗前须通过甲方组织的岗位考试；考试不合格或甲方认为不能胜任的，乙方应在 5 个工作日内更换。

第五条　服务水平
（1）播出系统月度可用率不低于 99.99%，统计口径为两个频道播出信号正常输出的时间占比。
（2）一级故障（停播、错播、黑场超过 10 秒或播出服务器主备同时故障）：驻场工程师 15 分钟内响应并启动应急预案，1 小时内恢复正常播出。
（3）二级故障（单路备份设备故障、监测告警异常等不影响播出的故障）：30 分钟内响应，8 小时内排除。
（4）三级故障（一般性问题、咨询）：1 个工作日内处理完毕。
（5）重保期（全国两会、春节、国庆及甲方通知的重大直播活动期间）乙方应增派 1 名工程师驻场，重保期前 3 日完成专项巡检并提交保障方案。
（6）每月至少完成 1 次全面巡检，每季度组织 1 次应急切换演练，并于次月 5 日前提交月度运维报告。

第六条　服务考核与验收
（1）甲方按季度对乙方进行考核，考核内容包括：可用率、故障响应及恢复时限、巡检完成率（应为全部设备）、演练完成情况及运维报告质量，考核结果书面确认。
（2）季度考核不合格的，乙方应在 10 日内提交整改报告；连续两个季度考核不合格的，甲方可约谈乙方负责人并要求更换驻场人员。
（3）服务期满后，甲方根据四个季度考核结果及运维文档移交情况组织最终验收，并出具验收意见。

第七条　备件保障
（1）乙方应在甲方机房常备播出服务器板卡、电源模块、硬盘、切换台控制板等关键备件，备件清单见附件二。
（2）故障部件由乙方负责更换，更换后 30 日内补足库存，更换下的部件归还甲方。
（3）需返厂维修的设备，乙方应先提供同型号或性能不低于原设备的备用设备，保证播出系统主备配置完整。

第八条　服务交接
（1）乙方应在 2026 年 6 月 20 日前与甲方原运维单位完成交接，包括设备状态核查、遗留问题清单、账号口令及文档清点，交接记录由三方签字确认。
（2）交接期间发现的设备隐患，乙方应书面报告甲方并提出处理建议；交接完成后出现的故障，由乙方按本合同处理。
（3）服务期满或合同终止时，乙方应配合甲方或新的服务单位完成交接，交接期不少于 10 日，交接期内乙方不得撤离驻场人员。

第九条　甲方义务
（1）为驻场人员提供必要的办公条件及机房出入权限。
（2）及时告知节目编排、重大活动及系统变更计划。
（3）按合同约定支付服务费。
（4）对乙方提交的运维报告、整改方案及时审核并反馈意见。

第十条　违约责任
（1）乙方未按约定时间完成驻场人员到岗的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（2）发生一级故障且超过恢复时限的，每次扣减当季服务费 8,000 元；因乙方原因造成停播的，每次另扣减 20,000 元，并承担广电主管部门对甲方的处罚损失。
（3）月度可用率低于承诺值的，每低 0.01 个百分点扣减当季服务费 3,000 元。
（4）乙方累计赔偿责任以合同总价的 200% 为限，但因乙方故意或重大过失造成的损失除外。

第十一条　数据与资料
播出日志、节目单、运行监测记录及系统配置数据均归甲方所有，乙方仅为履行本合同使用。服务期满时乙方应将运维文档、配置备份、操作脚本等资料全部移交甲方，其知识产权归甲方所有。

第十二条　保密
乙方及其驻场人员对在服务中知悉的节目内容、播出计划、系统架构、账号口令等信息负有保密义务，不得向任何第三方披露。本条在合同终止后继续有效。

第十三条　分包
乙方不得将本合同服务转包或者分包。

第十四条　合同履行
本合同履行期间，除发生不可抗力外，任何一方不得单方提前解除合同；乙方违约的，按第十条承担违约责任并继续履行合同。

第十五条　不可抗力
因不可抗力导致不能履行的，受影响方应及时通知对方并提供证明，根据影响程度部分或全部免除责任。

第十六条　争议解决
因本合同发生的争议，双方协商解决；协商不成的，任何一方可向甲方所在地人民法院提起诉讼。

第十七条　其他
（1）本合同未尽事宜按竞争性磋商文件及乙方响应文件执行。
（2）本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。

甲方（盖章）：江城市广播电视台　　法定代表人或授权代表：________
乙方（盖章）：华衡广电技术服务有限公司　　法定代表人或授权代表：________
签订日期：2026 年 6 月　日
"""

H581Z05 = """# 腌制生产管理系统软件许可及开发合同

**乙方标准合同文本　渝研软件 HT-2026 版**

合同编号：YY-RJ-2026-113

甲方（采购方）：重庆涪江榨菜食品有限公司
地址：重庆市涪陵区榨菜产业园 12 号

乙方（供应方）：重庆渝研软件有限公司
地址：重庆市渝北区星光大道 60 号

甲方拟建设榨菜腌制生产管理系统，实现腌制池、盐度、温度及批次的数字化管理。乙方为该类系统的开发商。双方依据《中华人民共和国民法典》，经协商一致，签订本合同。

## 第一条　合同标的

1.1 乙方向甲方提供“渝研腌制管理系统”V2.0 软件许可，并根据甲方需求进行定制开发，内容包括：腌制池台账与池容管理、盐度及温度传感器数据接入、投料与翻池作业管理、批次追溯与质检记录、与甲方财务系统的接口。

1.2 乙方负责系统的安装部署、数据初始化及操作培训。

1.3 盐度计、温度传感器、车间网络、服务器及操作系统、数据库等软硬件环境由甲方自行采购和提供，不在本合同范围内。乙方提供环境配置要求，并协助甲方完成环境检查。

1.4 乙方交付物包括：软件安装介质、许可授权文件、用户手册、系统管理员手册及培训材料。定制开发部分交付可执行程序，不交付源代码。

## 第二条　合同价款

| 序号 | 项目 | 数量 | 单价（元） | 金额（元） |
|---|---|---|---|---|
| 1 | 腌制管理系统平台许可（永久） | 1 套 | 560,000 | 560,000 |
| 2 | 车间终端及移动端许可 | 60 点 | 4,000 | 240,000 |
| | 软件许可小计 | | | 800,000 |
| 3 | 定制开发（池容管理、传感接入、批次追溯、财务接口） | 1 项 | 360,000 | 360,000 |
| 4 | 安装部署、数据初始化及培训 | 1 项 | 100,000 | 100,000 |
| | 合同总价 | | | 1,260,000 |

合同总价为人民币 1,260,000 元（大写：壹佰贰拾陆万元整），含增值税。

## 第三条　付款方式

3.1 本合同签订后 7 个工作日内，甲方向乙方支付合同总价的 50%，即 630,000 元，乙方收款后启动项目。

3.2 系统上线运行后 7 个工作日内，甲方支付合同总价的 50%，即 630,000 元。

3.3 甲方逾期付款的，每逾期一日按应付金额的千分之三向乙方支付违约金。

## 第四条　实施进度

4.1 乙方在收到首期款后 120 日内完成定制开发及部署，具体进度以双方确认的实施计划为准。

4.2 因甲方未及时提供需求、场地、网络或传感器接入条件造成的延误，实施期限相应顺延。

4.3 甲方应指定项目联系人，负责需求确认、组织人员培训及上线准备。

4.4 乙方为甲方提供不超过 4 场集中培训，每场不超过 30 人；超出部分按乙方标准培训收费另行计算。

## 第五条　上线与验收

5.1 乙方完成部署后通知甲方上线。系统上线运行之日即视为甲方验收合格。

5.2 上线前，乙方在甲方测试环境演示系统主要功能，甲方应在 3 个工作日内反馈意见；逾期未反馈的，乙方可安排上线。

5.3 上线后甲方发现的问题，乙方在免费维护期内予以修复，不影响已完成的验收。

## 第六条　维护服务

6.1 免费维护期为六个月，自系统上线之日起计算。免费维护期内乙方提供远程技术支持及缺陷修复。

6.2 一级故障（系统无法登录或传感数据中断）乙方在 8 小时内响应，其他故障 2 个工作日内响应。

6.3 免费维护期满后，甲方应与乙方签订年度技术服务合同，年度技术服务费为软件许可小计的 28%，即每年 224,000 元，按年预付。

6.4 年度技术服务内容包括远程技术支持、缺陷修复、版本升级及每季度一次远程巡检；每个服务年度含现场服务 4 人天，包含在年度技术服务费内。

6.5 甲方自行或委托第三方修改系统、使用非乙方推荐的硬件环境导致的故障，不属于维护范围。

## 第七条　知识产权

7.1 软件许可产品的知识产权归乙方所有，甲方获得非独占、不可转让的使用许可。

7.2 本合同定制开发的程序、接口、数据模型及文档的知识产权归乙方所有，甲方在本合同约定范围内享有使用权，不得自行修改、反编译或许可第三方使用。

## 第八条　数据

8.1 系统中的生产数据归甲方所有。乙方应对接触到的甲方数据采取访问控制、加密传输及日志审计措施，远程维护须经甲方授权。

8.2 发生数据泄露或丢失的，乙方应在 24 小时内通知甲方并采取补救措施；因乙方过错造成的，乙方依法承担赔偿责任。

8.3 合同终止后，乙方应按甲方要求协助导出系统中的生产数据，导出格式为乙方系统支持的标准格式。

8.4 甲方同意乙方可将系统运行中产生的生产数据经脱敏处理后用于乙方产品改进、行业分析及其他客户的方案设计。

## 第九条　保密

双方对在合作中知悉的对方商业秘密、技术资料负有保密义务，未经对方书面同意不得向第三方披露。保密义务在合同终止后三年内有效。

## 第十条　违约责任

10.1 乙方逾期完成部署的，每逾期一日按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的 5%。

10.2 乙方在本合同项下的全部赔偿责任（含违约金）累计不超过合同总价的 20%。

10.3 任何一方均不对对方的间接损失、利润损失承担责任。

10.4 甲方未按本合同约定提供实施条件，致使乙方人员窝工的，甲方应按乙方标准人天单价承担相应费用；乙方据此顺延的期限不计入逾期。

## 第十一条　双方其他义务

11.1 甲方应按实施计划提供需求资料、基础数据和现场条件，并在乙方通知上线后安排人员使用系统。

11.2 乙方应按本合同约定完成开发及部署，保证交付的软件不侵犯第三方知识产权。

## 第十二条　合同解除

一方严重违约，经守约方书面催告后 15 日内仍未纠正的，守约方有权解除本合同。

## 第十三条　不可抗力

因不可抗力不能履行合同的，受影响方应及时通知对方，并根据影响程度部分或全部免除责任。

## 第十四条　法律适用与争议解决

本合同适用中华人民共和国法律。因本合同发生的争议，提交重庆仲裁委员会仲裁。仲裁期间，除争议事项外，双方应继续履行本合同其他条款。

## 第十五条　其他

本合同一式四份，双方各执两份，自双方签字盖章之日起生效。

甲方（盖章）：重庆涪江榨菜食品有限公司　　代表：________

乙方（盖章）：重庆渝研软件有限公司　　代表：________

签订日期：2026 年 3 月　日
"""

H581E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. PLS-CN-2026-0142
P:This Software Licence and Services Agreement (the "Agreement") is made on the date of the last signature below between:
P:(1) Shandong Hexiang Flour Milling Co., Ltd., a company incorporated in the People's Republic of China, with its registered office at 88 Jinshui Road, Binzhou, Shandong Province (the "Customer"); and
P:(2) Prairie Ledger Software, Inc., a Kansas corporation with its principal office at 300 West Douglas Avenue, Wichita, Kansas 67202, USA (the "Vendor").
P:Background: The Customer operates two flour mills and a grain storage depot and wishes to replace its paper-based grain intake, silo inventory and milling yield records with an integrated system. The Vendor develops the MillLedger software for grain handling and milling businesses. At the Customer's request, all prices in this Agreement are stated and payable in CNY.
H:Article 1 Definitions
P:1.1 "Licensed Software" means the MillLedger Server, MillLedger named-user clients and the Scale and Silo Connector, in object code, together with their documentation and any updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means all configurations, reports, interface programs, scripts and documents prepared by the Vendor specifically for the Customer under this Agreement, including their source code.
P:1.3 "Customer Data" means all data entered into, generated by or processed through the Licensed Software in the Customer's operations, including truck weighing records, grain quality results, silo stock, production and sales records.
P:1.4 "Final Acceptance" means the Customer's written acceptance issued under Article 5.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Licensed Software at the Customer's sites in China for the Customer's own business, for the number of users set out in Article 3.
P:2.2 The Customer may make reasonable copies for backup, testing and disaster recovery. The Customer may transfer the licence to an affiliate that takes over the mills, on notice to the Vendor.
P:2.3 The licence is paid once and does not depend on the purchase of support services.
H:Article 3 Scope and Price
P:3.1 The Vendor shall supply the Licensed Software and perform the following services: installation on the Customer's servers, configuration of intake, storage and milling workflows, interfaces with the Customer's truck scales, silo level sensors and Kingdee finance system, migration of open stock balances, and training of users and administrators.
P:3.2 The Contract Price is CNY 1,200,000, inclusive of VAT, made up as follows:
P:(a) MillLedger Server licence, 1 unit: CNY 420,000;
P:(b) MillLedger named-user licences, 60 users at CNY 5,500: CNY 330,000;
P:(c) Scale and Silo Connector licence, 1 unit: CNY 96,000;
P:Licence subtotal: CNY 846,000;
P:(d) configuration and interfaces: CNY 264,000;
P:(e) data migration: CNY 58,000;
P:(f) training: CNY 32,000.
P:3.3 Training covers six on-site sessions at the Binzhou mill for weighbridge operators, storekeepers, mill shift leaders and finance staff, and two administrator workshops. The Vendor shall provide Chinese-language user guides and training recordings.
P:3.4 Each party shall appoint a project manager. The Vendor's project manager shall speak Chinese, attend a weekly progress meeting (on site or online) and issue short written minutes after each meeting. The Customer shall provide server hardware, operating system licences, network access and the availability of key users as set out in the project plan.
P:3.5 The Contract Price is fixed. Travel and living costs of the Vendor's staff in China are included.
H:Article 4 Payment
P:4.1 The Customer shall pay 10% of the Contract Price (CNY 120,000) within 15 days after signature of this Agreement against the Vendor's invoice.
P:4.2 The Customer shall pay 55% of the Contract Price (CNY 660,000) within 20 days after the Licensed Software has been installed and the interfaces have been connected, as confirmed in an installation certificate signed by both parties. The installation certificate is not acceptance.
P:4.3 The Customer shall pay the remaining 35% of the Contract Price (CNY 420,000) within 20 days after Final Acceptance.
P:4.4 Payments shall be made by bank transfer in CNY to the Vendor's account with a bank in China or abroad, as stated in the invoice. Each party bears its own bank charges.
H:Article 5 Delivery, Acceptance and Delay
P:5.1 The Vendor shall complete installation within 60 days and be ready for acceptance testing within 120 days after signature.
P:5.2 Acceptance tests follow a test plan agreed by the parties. Final Acceptance requires that: (a) all functions listed in the specification work as described; (b) truck scale and silo sensor readings are received in the system within 5 seconds; (c) migrated stock balances reconcile with the Customer's closing stock count; (d) month-end reports match the finance system; and (e) the system runs in production for 30 consecutive days without a Severity 1 fault.
P:5.3 The Customer shall issue the acceptance certificate within 10 working days after the tests are passed, or state in writing the failures found. Production use, payment or the installation certificate shall not by themselves be Final Acceptance.
P:5.4 If the Vendor fails to be ready for acceptance testing by the date in Article 5.1, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Licensed Software and Custom Deliverables will perform in accordance with the specification for 24 months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, supply updates and provide technical support free of charge.
P:6.2 Faults are classified as follows. Severity 1 (mill intake or silo inventory unavailable): response within 1 hour, workaround within 8 hours. Severity 2 (a function degraded without stopping operations): response within 8 business hours. Severity 3 (other questions): response within 2 business days. Support is given in Chinese by telephone, email and remote session.
P:6.3 For each hour by which the Vendor misses a Severity 1 response or workaround time, the Vendor shall credit the Customer CNY 800, set off against any amount due to the Vendor.
P:6.4 After the Warranty Period, the Customer may order annual support at 11% of the Licence subtotal per year (CNY 93,060). This rate is fixed for the first three support years. Support is ordered by a separate purchase order each year and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Licensed Software remains the property of the Vendor and its licensors.
P:7.2 Custom Deliverables belong to the Customer upon payment. The Vendor shall deliver their source code, and the Customer may use, modify and license them without restriction.
H:Article 8 Customer Data and Security
P:8.1 Customer Data belongs to the Customer. The Vendor may use Customer Data only to perform this Agreement and shall not keep copies after completion of the work.
P:8.2 The Vendor shall access the Customer's systems only through the VPN accounts issued by the Customer, keep access logs, use multi-factor authentication and comply with the data protection laws of the People's Republic of China.
P:8.3 The Vendor shall notify the Customer within 24 hours after becoming aware of any unauthorised access to, loss of or disclosure of Customer Data, take all reasonable steps to contain it, and be liable for the losses caused by its breach of this Article.
H:Article 9 Confidentiality
P:Each party shall keep confidential all non-public information received from the other party under this Agreement, including business, technical and pricing information, and shall use it only for this Agreement. This obligation continues for three years after the Agreement ends.
H:Article 10 Liability
P:The Vendor's total liability under this Agreement shall not exceed 200% of the Contract Price. This limit does not apply to personal injury, wilful misconduct, infringement of third-party rights or breach of Article 8.
H:Article 11 Subcontracting
P:The Vendor shall not subcontract any part of the services without the Customer's prior written consent, and remains responsible for the work of any approved subcontractor.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving notice.
P:12.2 If the Customer terminates under Article 12.1, the Vendor shall refund the amounts paid for services not accepted, and the licences already paid for remain in force.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the State of Kansas, United States of America, without regard to its conflict-of-laws rules.
P:13.2 Any dispute shall be settled by arbitration administered by the International Centre for Dispute Resolution in Wichita, Kansas, in English, before a sole arbitrator. The award is final and binding.
H:Article 14 General
P:14.1 This Agreement is the entire agreement between the parties on its subject matter. Amendments must be in writing and signed by both parties.
P:14.2 Neither party is liable for delay caused by events beyond its reasonable control, provided it notifies the other party promptly.
P:14.3 This Agreement is signed in two originals in English, one for each party.
P:For the Customer: Shandong Hexiang Flour Milling Co., Ltd.   Name: __________   Title: __________   Date: __________
P:For the Vendor: Prairie Ledger Software, Inc.   Name: __________   Title: __________   Date: __________
"""

H581E02 = """# ORDER FORM — ShiftWell Workforce Scheduling Service

**Order Form No. KSS-OF-2026-311**, issued under and subject to the ShiftWell General Terms attached below.

| | |
|---|---|
| Vendor | Keystone Shift Systems, Inc., 1620 Dodge Street, Omaha, Nebraska 68102, USA |
| Customer | Anhui Fengyuan Supermarket Chain Co., Ltd., 55 Changjiang West Road, Hefei, Anhui Province, China |
| Service | ShiftWell cloud workforce scheduling, time and attendance, labour budgeting and store task management |
| Stores covered | 46 supermarkets and 2 distribution centres in Anhui Province |
| Subscription Term | three Subscription Years starting on the Go-Live Date |
| Hosting | Vendor's cloud environment hosted in a data centre in Shanghai, China |
| Currency | CNY, at the Customer's request |

## Fees

| Item | Quantity | Unit price (CNY) | Per Subscription Year (CNY) | Term total (CNY) |
|---|---|---|---|---|
| Platform fee (head office, reporting, integrations) | 1 | 96,000 | 96,000 | 288,000 |
| Employee seats | 1,200 | 150 | 180,000 | 540,000 |
| Onboarding (one-time) | 1 | 64,000 | — | 64,000 |
| **Total Order Value** | | | | **892,000** |

Additional seats ordered during the Subscription Term are charged pro rata at the same unit price. All fees include VAT.

## Invoicing and payment

1. The Onboarding Fee is invoiced on Go-Live Acceptance.
2. Subscription fees are invoiced quarterly in advance, the first quarter on the Go-Live Date (CNY 69,000 per quarter).
3. Invoices are payable within 45 days of receipt. No amount is payable before the Go-Live Date.

## Onboarding and Go-Live

4. The Vendor shall configure the service for the Customer's stores, import employee master data and shift rules, connect the service to the Customer's HR system and its store door-access terminals, and train store managers and head-office users. The target Go-Live Date is 75 days after signature of this Order Form.
5. Go-Live Acceptance requires that: (a) all 48 sites and all employees are set up and can log in; (b) shifts generated for a two-week test period comply with the Customer's labour rules and store opening hours; (c) clock-in records from the door-access terminals reach the service within 2 minutes; (d) the monthly attendance export reconciles with the HR system for the test period. The Customer signs a Go-Live Acceptance certificate when these are met. Use of the service by stores before that date is not acceptance.
6. If Go-Live Acceptance is delayed beyond the target date for reasons attributable to the Vendor, the Vendor shall pay the Customer CNY 600 for each day of delay, up to CNY 36,000.

## Signatures

For the Customer: ____________________  Name / Title / Date

For the Vendor: ____________________  Name / Title / Date

---

# SHIFTWELL GENERAL TERMS

1. **Definitions.** "Service" means the ShiftWell cloud service described in the Order Form. "Customer Data" means all data submitted to the Service by or for the Customer, including employee names, schedules, attendance records and labour budgets. "Customer Configurations" means shift templates, rules, reports and integrations configured for the Customer. "Subscription Year" means each consecutive period beginning on the Go-Live Date or on an anniversary of it.

2. **Access.**
2.1 The Vendor grants the Customer and its employees a non-exclusive right to use the Service during the Subscription Term for the Customer's internal business. The Customer is responsible for its users' accounts and for the accuracy of the Customer Data.

2.2 The Customer shall keep its user passwords secure, maintain its door-access terminals and network connections in the stores, provide a named administrator at head office, and ensure that it has a lawful basis under the Personal Information Protection Law to submit employee personal information to the Service. The Customer shall not use the Service to store data unrelated to workforce management.

3. **Service Levels.**
3.1 The Service shall be available at least 99.95% of each calendar month, excluding scheduled maintenance notified at least 72 hours in advance and carried out between 01:00 and 05:00 China time.
3.2 Incidents are classified by severity. Severity 1 means the Service is unavailable or clock-in data is not being recorded for one or more stores. The Vendor shall respond to a Severity 1 incident within 30 minutes, at any time, and restore the Service within 3 hours. Severity 2 (a function degraded for several stores): response within 2 hours. Severity 3: response within 1 business day.
3.3 If availability in a month falls below the committed level, the Customer receives a service credit of 5% of that month's subscription fees for each 0.1 percentage point (or part of it) of shortfall, up to half of the monthly fee. A missed Severity 1 response time earns a credit of CNY 1,000 per incident. Credits are deducted from the next invoice.

3.4 Support is provided in Chinese through a telephone hotline staffed around the clock for Severity 1 incidents and through the support portal for other requests. The Vendor shall name a customer success manager for the Customer and hold a monthly service review meeting with a written report of availability, incidents and open requests.

4. **Customer Data.**
4.1 As between the parties, the Customer owns all Customer Data. The Vendor processes Customer Data on the Customer's instructions to provide the Service.
4.2 The Vendor may collect and use aggregated and de-identified data derived from Customer Data and from the use of the Service to compile industry benchmarks, improve its products and develop new services, during and after the Subscription Term. Such aggregated data does not identify the Customer or any employee.
4.3 Customer Data is stored in China. The Vendor shall maintain an information security programme certified to ISO/IEC 27001, encrypt Customer Data in transit and at rest, restrict access to authorised personnel, keep access logs and back up Customer Data daily.
4.4 The Vendor shall notify the Customer within 24 hours after becoming aware of a security breach affecting Customer Data, cooperate in the investigation and notification to employees and regulators, and bear the costs and losses caused by a breach attributable to the Vendor.
4.5 Within 30 days after the Subscription Term ends, the Vendor shall return the Customer Data in CSV format on request and then delete it.

5. **Intellectual Property.** The Vendor owns the Service and its underlying software. Customer Configurations and any reports built specifically for the Customer belong to the Customer, which may use, copy and modify them and have them used by other service providers.

6. **Confidentiality.** Each party shall protect the other party's confidential information with at least reasonable care, use it only for this Order Form and disclose it only to its staff and advisers who need to know it. This obligation lasts for three years after the Subscription Term.

7. **Subcontractors and Sub-processors.** The Vendor may use subcontractors and sub-processors, including its affiliates and hosting providers, to perform any part of the Service. The Vendor will inform the Customer of any new subcontractor or sub-processor by email and remains responsible for their performance.

8. **Limitation of Liability.** Except for breach of Section 4.4, neither party shall be liable for indirect or consequential loss. The Vendor's total aggregate liability arising out of or relating to the Order Form and these General Terms shall not exceed the fees paid by the Customer in the six months preceding the event giving rise to the claim.

9. **Term and Renewal.** The Subscription Term ends at the end of the third Subscription Year. Any renewal requires a new Order Form signed by both parties; there is no automatic renewal.

10. **Termination.**
10.1 Either party may terminate the Order Form by written notice if the other party materially breaches it and does not cure the breach within 30 days after notice.
10.2 On termination by the Customer under Section 10.1, the Vendor shall refund any prepaid fees for the period after termination.

11. **Governing Law and Disputes.** The Order Form and these General Terms are governed by the laws of the People's Republic of China. Any dispute shall be submitted to the China International Economic and Trade Arbitration Commission (CIETAC) for arbitration in Shanghai.

12. **Changes to the Service.** The Vendor may update the Service from time to time, provided that an update does not materially reduce its functions, security or service levels during the Subscription Term. The Vendor shall announce major changes at least 30 days in advance and provide release notes in Chinese.

13. **Force Majeure.** Neither party is liable for failure or delay caused by events beyond its reasonable control, such as natural disasters, war, epidemics or failure of public telecommunications networks, provided that it notifies the other party promptly and uses reasonable efforts to resume performance. Force majeure does not excuse the Vendor from maintaining its backup and disaster recovery arrangements.

14. **General.** Notices shall be given in writing to the addresses in the Order Form. Neither party may assign the Order Form without the other party's consent, except to a successor of its whole business. If the Order Form and these General Terms conflict, the Order Form prevails.
"""

H581E03 = """T:Purchase Contract for Cold Store Monitoring Sensors and Software
P:Contract No. QD-LHL-2026-027
P:Buyer: Qingdao Lanhai Cold Chain Logistics Co., Ltd., 16 Qianwangang Road, Huangdao District, Qingdao, Shandong Province, China (the "Buyer").
P:Supplier: Flatiron Sensing LLC, 2500 Pearl Street, Boulder, Colorado 80302, USA (the "Supplier").
P:The Buyer operates a cold store with 14 freezer and chiller rooms and an ammonia refrigeration plant in Huangdao. Following its request for quotation of March 2026, the Buyer has selected the Supplier to supply and install a wireless temperature, humidity and ammonia monitoring system. The parties agree as follows. This Contract is the Buyer's standard purchase contract; all prices are in CNY.
H:Section 1 Scope of Supply
P:1.1 The Supplier shall supply the equipment and software listed in Section 2, install and commission them at the Buyer's cold store (the "Site"), connect the system to the Buyer's warehouse management system and refrigeration plant control room, and train the Buyer's staff.
P:1.2 The system shall record the temperature of every cold room at intervals of no more than 1 minute, raise local and remote alarms on threshold breaches set by the Buyer, and keep records for GSP and food safety audits.
P:1.3 The Supplier shall deliver calibration certificates for every sensor, traceable to a recognised national metrology institute, and user and maintenance manuals in Chinese.
P:1.4 The Supplier shall provide a site survey within 10 days after signature, propose the positions of sensors, gateways and detectors for the Buyer's approval, and confirm radio coverage in every room, including the loading dock and the plant room.
H:Section 2 Price
P:2.1 The Contract Price is CNY 880,000, including VAT, delivery to the Site, customs clearance, insurance, installation, commissioning and training. The itemised prices are:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensor, -40 to +50 °C, IP67|320|1,150|368,000
TB:2|LoRa gateway with 4G backup link|18|6,400|115,200
TB:3|Fixed ammonia leak detector with relay output|24|5,800|139,200
TB:4|ColdWatch monitoring software, perpetual licence, 400 points|1|148,000|148,000
TB:|Hardware and Licence Subtotal|||770,400
TB:5|Installation, cabling and commissioning|1 lot|96,600|96,600
TB:6|Training|1 lot|13,000|13,000
TB:|Contract Price|||880,000
P:2.2 The Contract Price is fixed and shall not be adjusted for exchange rate changes, import duties or other costs.
H:Section 3 Payment
P:3.1 The Buyer shall pay an advance of 20% of the Contract Price (CNY 176,000) within 15 days after receiving the Supplier's invoice and an advance payment guarantee issued by a bank in China for the same amount.
P:3.2 The Buyer shall pay 55% of the Contract Price (CNY 484,000) within 20 days after all equipment has been delivered and installed at the Site, as confirmed by a delivery and installation note signed by the Buyer. The note confirms quantities only and is not acceptance.
P:3.3 The Buyer shall pay the remaining 25% of the Contract Price (CNY 220,000) within 20 days after Final Acceptance under Section 5.
H:Section 4 Delivery and Delay
P:4.1 The Supplier shall deliver all equipment to the Site within 70 days after signature of this Contract and complete installation and commissioning within 25 days after delivery. Installation in rooms in use shall be planned with the Buyer's warehouse manager so that goods remain at the required temperature.
P:4.2 If the Supplier fails to meet a date in Section 4.1, it shall pay liquidated damages of 0.08% of the Contract Price for each day of delay. Liquidated damages shall not exceed 8% of the Contract Price and do not relieve the Supplier of its obligation to complete the work.
P:4.3 Each shipment shall be accompanied by a packing list, the manufacturer's certificates of origin and conformity, and the calibration certificates. Equipment shall be packed to withstand sea and road transport and storage in an unheated warehouse.
P:4.4 While working at the Site, the Supplier's staff and installers shall follow the Buyer's rules on cold room entry, personal protective equipment, hot work permits and work near the ammonia plant. The Supplier is responsible for the safety of its own staff and shall hold accident insurance for them.
P:4.5 Title and risk pass to the Buyer on Final Acceptance.
H:Section 5 Acceptance
P:5.1 After commissioning, the Supplier shall carry out acceptance tests with the Buyer. Final Acceptance requires that: (a) all equipment listed in Section 2 is installed and registered in the software; (b) every sensor reads within ±0.5 °C of the Buyer's reference thermometer at three points; (c) each ammonia detector triggers the alarm and the plant room relay in a gas test; (d) alarms reach the duty phone and SMS recipients within 60 seconds; (e) records are transferred to the warehouse management system; and (f) the system runs for 30 consecutive days with no room missing readings for more than 10 minutes and no lost alarm.
P:5.2 The Buyer shall sign the Final Acceptance certificate within 7 working days after the tests are passed. Use of the system before that date, delivery notes and payments do not constitute acceptance.
P:5.3 If a test fails, the Supplier shall correct the fault within 10 days and repeat the test at its own cost.
P:5.4 Training shall consist of two one-day courses at the Site for shift supervisors and maintenance technicians and one course for system administrators, with Chinese course materials. Trainees shall be able to replace a sensor, acknowledge alarms and produce audit reports without help.
H:Section 6 Warranty and Support
P:6.1 The Supplier warrants the equipment and software for 36 months from Final Acceptance. During this period the Supplier shall repair or replace defective equipment, supply software updates and recalibrate the sensors once a year, all free of charge.
P:6.2 Faults shall be handled as follows:
TB:Level|Definition|Response|On-site or remedy
TB:Critical|Loss of alarms or of monitoring for a cold room or the ammonia plant|30 minutes|Site attendance or replacement within 24 hours
TB:Major|Single gateway or detector out of service|2 hours|Within 48 hours
TB:Minor|Single sensor fault, software query|1 business day|Within 5 business days
P:6.3 For each hour by which the Supplier exceeds a Critical response or remedy time, the Supplier shall pay CNY 500, which the Buyer may deduct from amounts due or from the warranty retention.
P:6.4 The Supplier shall keep a stock of spare sensors and one spare gateway in Qingdao throughout the warranty period.
P:6.5 After the warranty period the Buyer may order annual support and recalibration at 7.5% of the Hardware and Licence Subtotal per year (CNY 57,780). This rate is fixed for the first two support years after the warranty. Support is ordered each year by purchase order and does not renew automatically.
H:Section 7 Data and Security
P:7.1 All temperature, humidity, alarm and inventory data collected by the system belong to the Buyer. The Supplier may use them only to perform this Contract.
P:7.2 The software shall be installed on the Buyer's own servers. Remote access by the Supplier requires the Buyer's approval for each session, shall be made through the Buyer's VPN with individual accounts, and shall be logged. The Supplier shall not copy Buyer data outside the Buyer's systems.
P:7.3 The Supplier shall report any security incident affecting the system or Buyer data within 12 hours, help to contain it, and compensate the Buyer for losses caused by the Supplier's breach of this Section.
H:Section 8 Intellectual Property
P:8.1 Configurations, alarm rules, site maps and interface programs prepared for the Buyer belong to the Buyer, which may use and modify them freely and have them maintained by others.
P:8.2 The Supplier warrants that the equipment and software do not infringe third-party rights and shall indemnify the Buyer against any claim of infringement.
H:Section 9 Confidentiality
P:Each party shall keep confidential the other party's non-public information received under this Contract, including the Buyer's customer list, stock information and site layout, and shall not disclose it without prior written consent. This obligation survives for three years after the Contract ends.
H:Section 10 Liability
P:The Supplier's total liability under this Contract is limited to 150% of the Contract Price, except for personal injury, damage caused by wilful misconduct or gross negligence, and breach of Sections 7 and 9.
H:Section 11 Subcontracting
P:The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. Cabling by a local installer approved in writing by the Buyer remains the Supplier's responsibility.
H:Section 12 Termination
P:The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after notice, or if liquidated damages under Section 4.2 reach their maximum. The Supplier shall then refund the amounts paid for equipment and services not accepted.
H:Section 13 Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao.
H:Section 14 General
P:14.1 Force majeure excuses delay only for its duration and only if notified within 5 days.
P:14.2 This Contract is made in English and Chinese; both versions have equal effect.
P:For the Buyer: ____________________    For the Supplier: ____________________
P:Date: ____________________
"""

H581E04 = """# Managed IT Services Agreement

**Agreement No. WMI-GL-2026-08**

**Between** Guilin Lijiang Hotels Management Co., Ltd., 9 Binjiang Road, Xiufeng District, Guilin, Guangxi, China (the "Customer"),

**and** Wasatch Managed IT, Inc., 1450 North University Avenue, Provo, Utah 84604, USA, acting through its service centre in Shenzhen (the "Provider").

**Background.** The Customer manages seven hotels in Guilin and Yangshuo. It wishes to outsource the operation of its hotel networks, guest Wi-Fi, servers and staff service desk to one provider, with fixed monthly charges. The Provider has offered to provide these services on the terms below. All charges are in CNY.

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Commencement Date" means the date on which the Customer signs the Transition Acceptance certificate under clause 3.3.

1.3 "Term" means 24 months from the Service Commencement Date.

1.4 "Customer Data" means all data of the Customer, its guests and staff that the Provider accesses, stores or processes in performing the Services, including guest names, room numbers, Wi-Fi login records, staff accounts and configuration data.

## 2. Services

2.1 The Provider shall perform the Services in Schedule 1 for the seven hotels listed in Schedule 3, meeting the service levels in Schedule 2.

2.2 The Provider shall staff a service desk in Chinese and English, open around the clock, and shall keep one field engineer in Guilin and one in Yangshuo during business hours.

2.3 The Provider shall use the Customer's existing network equipment. Replacement of failed equipment under the manufacturers' warranties is handled by the Provider; other equipment is bought by the Customer.

2.4 Changes to the Customer's network configuration are made only through the change procedure agreed in the transition plan. Routine changes are approved by the Customer's IT manager; changes that may interrupt guest services are scheduled between 02:00 and 05:00 and announced to the hotels at least two days in advance.

2.5 The Customer shall give the Provider's staff access to its equipment rooms, provide administrator rights to the systems in scope and name a contact person at each hotel.

## 3. Transition

3.1 The Provider shall take over the Services from the Customer's in-house team within 60 days after signature of this Agreement, following the transition plan agreed by the parties.

3.2 Transition includes discovery of all devices and accounts, documentation of the networks, installation of the Provider's monitoring tools on a server at the Customer's head office, set-up of the service desk and training of hotel front-office staff in how to log requests.

3.3 Transition acceptance requires that: (a) all devices in Schedule 3 are monitored; (b) network documentation and an up-to-date asset register are delivered; (c) a test ticket from each hotel is logged and closed within the target times; and (d) a failover test of the head-office internet link is passed. The Customer signs the Transition Acceptance certificate within 5 working days after these conditions are met.

3.4 If the Provider fails to achieve Transition Acceptance by the date in clause 3.1 for reasons attributable to it, the Provider shall pay the Customer CNY 300 for each day of delay.

## 4. Charges and Payment

4.1 The charges are set out in Schedule 4. The total contract value over the Term is CNY 1,188,000.

4.2 The Transition Fee is invoiced after Transition Acceptance. Monthly Service Charges are invoiced monthly in arrears. Invoices are payable within 30 days after receipt.

4.3 Charges are fixed for the Term. Additional hotels may be added at the per-hotel rate in Schedule 4.

## 5. Service Levels and Credits

5.1 The Provider shall meet the service levels in Schedule 2 and report on them monthly.

5.2 Where a service level is missed, the Customer is entitled to the service credits in Schedule 2, deducted from the next invoice. Service credits do not limit the Customer's other rights for repeated failures.

## 6. Customer Data and Security

6.1 Customer Data belongs to the Customer. The Provider shall use it only to perform the Services and shall not disclose it to any third party except as this Agreement allows.

6.2 The Provider shall protect Customer Data in line with the Personal Information Protection Law and the Data Security Law of the People's Republic of China, keep all Customer Data in China, use named accounts with multi-factor authentication for administrator access, keep logs of administrator activity for at least six months, and hold ISO/IEC 27001 certification for its service centre.

6.3 The Provider shall notify the Customer within 12 hours after discovering any breach affecting Customer Data, take immediate steps to contain it, assist with notifications to guests and authorities, and indemnify the Customer for losses caused by a breach attributable to the Provider.

6.4 At the end of the Term the Provider shall return all Customer Data and documentation and then erase its copies.

## 7. Intellectual Property

The Provider keeps ownership of its monitoring tools and methods. Network documentation, scripts, configurations and reports created for the Customer belong to the Customer, which may use and modify them freely and give them to another provider.

## 8. Confidentiality

Each party shall keep the other party's confidential information secret and use it only for this Agreement. This obligation continues for three years after the Term ends.

## 9. Personnel and Subcontracting

9.1 The Provider shall use qualified staff and replace any person whom the Customer reasonably objects to.

9.2 Staff working at the hotels shall follow the Customer's rules on guest privacy, uniforms and access to guest areas, and shall carry identification issued by the Customer.

9.3 The Provider shall not subcontract any part of the Services without the Customer's prior written consent.

## 10. Liability

The Provider's total liability under this Agreement shall not exceed 150% of the total contract value, except for personal injury, wilful misconduct and breach of clause 6.

## 11. Term, Extension and Termination

11.1 This Agreement ends at the end of the Term. It may be extended only by a written amendment signed by both parties, at charges agreed at that time.

11.2 The Customer may terminate this Agreement by written notice if the Provider commits a material breach and does not remedy it within 20 days, or if the Provider misses the availability level in three consecutive months.

11.3 On expiry or termination the Provider shall provide exit assistance for up to 45 days at no extra charge, so that the Services can be handed over to the Customer or a new provider without interruption.

## 12. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen.

## Schedule 1 — Services

| Service | Scope |
|---|---|
| Network operations | Monitoring and management of core switches, access switches, firewalls and internet links at seven hotels and the head office |
| Guest Wi-Fi | Operation of the guest Wi-Fi controllers and access points, guest login portal and real-name authentication records |
| Server management | Patching, backup and monitoring of the property management system and point-of-sale servers |
| Service desk | Ticket logging, first-line support and escalation for about 420 hotel staff |
| Reporting | Monthly service report and quarterly review meeting |

## Schedule 2 — Service Levels and Credits

| Measure | Service level | Service credit |
|---|---|---|
| Monthly availability of each hotel's network and guest Wi-Fi | 99.8% | 3% of the monthly charge for each 0.1 percentage point below |
| P1 incident (a hotel's network, Wi-Fi or property management system down) — response | 20 minutes | CNY 1,000 per incident |
| P1 incident — restoration | 3 hours | CNY 800 per further hour |
| P2 incident (one floor or one service degraded) — response | 1 hour | CNY 300 per incident |
| Service requests (new accounts, moves) | completed within 2 business days | none |

Total credits in any month are limited to 20% of that month's Monthly Service Charge.

## Schedule 3 — Sites

| Site | City | Rooms |
|---|---|---|
| Lijiang Riverside Hotel | Guilin | 260 |
| Lijiang Elephant Hill Hotel | Guilin | 180 |
| Lijiang Garden Hotel | Guilin | 142 |
| Lijiang Airport Hotel | Guilin | 120 |
| Lijiang West Street Inn | Yangshuo | 96 |
| Lijiang Moon Hill Resort | Yangshuo | 88 |
| Lijiang Yulong River Lodge | Yangshuo | 64 |
| Head office | Guilin | — |

## Schedule 4 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition Fee | one-time | 72,000 |
| Monthly Service Charge | 24 months × 46,500 | 1,116,000 |
| Additional hotel | per hotel per month | 5,800 |
| **Total contract value** | | **1,188,000** |

Signed for the Customer: ____________________ Date: __________

Signed for the Provider: ____________________ Date: __________
"""

H581E05 = """DATA API SUBSCRIPTION AGREEMENT

Agreement No. HPW-API-2026-0193

THIS AGREEMENT is made between:

High Plains Weather Data, Inc., a Wyoming corporation whose office is at 123 West First Street, Casper, Wyoming 82601, USA ("Vendor"); and

Gansu Longyuan Seed Industry Co., Ltd., a company established in the People's Republic of China whose office is at 210 Yanbei Road, Chengguan District, Lanzhou, Gansu Province ("Customer").

BACKGROUND

Customer breeds and produces maize and potato seed on contract farms in the Hexi Corridor and wishes to receive historical and forecast weather and soil moisture data for its field plots through an application programming interface. Vendor operates the AgriCast data API, which combines weather station, satellite and model data. Prices are stated in CNY at Customer's request.

1. DEFINITIONS

1.1 "API" means Vendor's AgriCast application programming interface, its documentation and the data products listed in Schedule A.

1.2 "Data" means the weather, soil moisture and crop model data delivered to Customer through the API.

1.3 "Customer Data" means field plot coordinates, crop and planting information, and other data that Customer uploads to or submits through the API, and the query records relating to Customer's account.

1.4 "Subscription Year" means the period from 1 August 2026 to 31 July 2027 (the first Subscription Year) and from 1 August 2027 to 31 July 2028 (the second Subscription Year), and each renewal period under Section 9.

1.5 "Activation Acceptance" means Customer's written confirmation under Section 3 that the API has been activated and tested.

2. SUBSCRIPTION

2.1 Vendor grants Customer a non-exclusive, non-transferable right during the Subscription Years to call the API and to use the Data in Customer's internal systems, in reports to its contract farmers and in its breeding research.

2.2 The subscription includes up to 2,000,000 API calls per calendar month, hourly forecasts for 10 days ahead, daily history from 2000 onwards, and soil moisture estimates at three depths for up to 3,500 field plots.

2.3 Customer may not resell the Data as a data product or make the API available to third parties, except to its contract farmers through Customer's own applications.

3. ACTIVATION AND ACCEPTANCE

3.1 Vendor shall issue production API credentials and load Customer's field plots by 1 August 2026.

3.2 Activation Acceptance requires that: (a) all field plots supplied by Customer are loaded and return data; (b) the response format matches the documentation in Schedule A; (c) historical data for the years agreed is complete for every plot; and (d) a comparison for the 20 reference plots chosen by Customer shows daily rainfall and temperature consistent with the nearest national weather stations within the tolerances in Schedule A. Customer shall confirm Activation Acceptance in writing within 10 working days after Vendor reports that these conditions are met, or state the failures found.

3.3 If Vendor fails to issue working production credentials by the date in Section 3.1 for reasons attributable to Vendor, Vendor shall pay Customer CNY 250 for each day of delay.

4. FEES AND PAYMENT

4.1 The subscription fee is CNY 168,000 per Subscription Year, and CNY 336,000 for the two Subscription Years.

4.2 The fee for the first Subscription Year is invoiced after Activation Acceptance. The fee for the second Subscription Year is invoiced at its start. Invoices are payable within 45 days.

4.3 API calls above the monthly allowance are charged at CNY 45 per 10,000 calls, invoiced quarterly in arrears. Vendor shall send an email alert when monthly usage reaches 80% of the allowance.

4.4 All fees are inclusive of VAT and any withholding taxes payable in China.

5. SERVICE AND SUPPORT

5.1 Vendor will use commercially reasonable efforts to keep the API available and to deliver forecasts on schedule. Vendor does not commit to any level of availability, response time or resolution time.

5.2 Vendor provides support by email and through its online help centre during Vendor's business hours in Mountain Time. Vendor will try to acknowledge support requests within a reasonable time.

5.3 Vendor may carry out maintenance of the API from time to time and will post notices of planned maintenance on its status page.

5.4 Vendor may change or improve the API and the Data, provided that the Data products listed in Schedule A remain available during the current Subscription Year. Vendor will give 60 days' notice before retiring an API version.

5.5 CUSTOMER OBLIGATIONS. Customer shall keep its API keys secret, rotate them when staff who know them leave, and use the API in line with the rate limits in the documentation. Customer is responsible for the accuracy of the field plot coordinates it uploads and for the decisions it takes on the basis of the Data. Customer shall tell Vendor promptly if it believes an API key has been compromised, and Vendor shall then revoke the key and issue a new one.

6. CUSTOMER DATA AND SECURITY

6.1 Customer Data belongs to Customer. Vendor shall use Customer Data only to provide the API and Data to Customer and shall not use it for any other purpose, including its own products or the services of other customers.

6.2 Customer Data and Customer's query records shall be stored on servers located in the People's Republic of China operated by Vendor's cloud provider. Vendor shall encrypt Customer Data in transit and at rest, limit access to named staff with a need to know, keep access logs and carry out an annual external security assessment.

6.3 Vendor shall notify Customer within 24 hours after it becomes aware of any unauthorised access to or loss of Customer Data, take steps to stop it, support Customer in any notification to regulators, and be liable for losses caused by its breach of this Section 6.

6.4 Within 30 days after the end of this Agreement, Vendor shall delete Customer Data and confirm the deletion in writing.

7. INTELLECTUAL PROPERTY

7.1 Vendor and its data suppliers own the API and the Data. Customer may keep and use Data received during the Subscription Years after this Agreement ends for its internal research and records.

7.2 Field boundary files and plot-level soil maps prepared by Vendor specifically for Customer under Schedule A belong to Customer, which may use, modify and share them freely.

8. CONFIDENTIALITY

Each party shall keep the other party's confidential information, including Customer's plot locations, seed varieties and breeding plans, confidential, use it only for this Agreement and not disclose it to any third party without prior written consent. This obligation lasts for three years after this Agreement ends.

9. TERM AND RENEWAL

9.1 This Agreement begins on signature and continues until the end of the second Subscription Year.

9.2 After the second Subscription Year, this Agreement renews automatically for successive Subscription Years unless either party gives written notice of non-renewal at least 60 days before the end of the current Subscription Year.

9.3 Vendor may increase the subscription fee for any renewal Subscription Year by giving Customer written notice at least 90 days before the renewal. The increased fee applies to the renewal unless Customer gives notice of non-renewal.

10. TERMINATION

10.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to cure it within 30 days after written notice.

10.2 If Customer terminates under Section 10.1, Vendor shall refund the unused part of any fee paid for the current Subscription Year.

11. SUBCONTRACTING

Vendor shall not subcontract the processing of Customer Data or the operation of the API to any third party, other than its cloud provider named in Schedule A, without Customer's prior written consent.

12. LIABILITY

12.1 Neither party shall be liable for loss of profit, loss of crops or indirect damages, except in case of wilful misconduct or breach of Section 6.

12.2 Vendor's total liability under this Agreement shall not exceed 150% of the total subscription fees for the two Subscription Years.

13. GOVERNING LAW AND DISPUTES

This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Lanzhou Arbitration Commission for arbitration in Lanzhou.

14. GENERAL

14.1 Neither party is liable for delay caused by events beyond its reasonable control.

14.2 Notices shall be in writing and sent by courier or email to the addresses above.

14.3 Neither party may assign this Agreement without the other party's written consent, except to a successor of its whole business.

14.4 This Agreement, with Schedule A, is the entire agreement of the parties on its subject.

SCHEDULE A - DATA PRODUCTS

Hourly forecasts (temperature, rainfall, wind, humidity, solar radiation) for 10 days; daily history from 2000; soil moisture at 0-10 cm, 10-40 cm and 40-100 cm; growing degree days; frost alerts. Tolerances for Activation Acceptance: daily rainfall within 2 mm or 10%, daily mean temperature within 1 °C of the reference station. Cloud provider: Alibaba Cloud (Beijing region). Custom deliverables: field boundary files for up to 3,500 plots and plot-level soil maps.

SIGNED by the authorised representatives of the parties:

For Vendor: ____________________   Date: __________

For Customer: ____________________   Date: __________
"""


# ---------------------------------------------------------------------------------------------------------------
# Targets, labels, expected rules (my own reading of policy.md §3), read-back lengths and threshold scan.
# ---------------------------------------------------------------------------------------------------------------
NAMES = {
    "z01": ("h581z01_forestry_fire_monitoring_platform.pdf", "zh", "software"),
    "z02": ("h581z02_battery_formation_cabinet_control_retrofit.docx", "zh", "hardware"),
    "z03": ("h581z03_florist_chain_order_delivery_saas.txt", "zh", "cloud"),
    "z04": ("h581z04_tv_station_playout_annual_om.txt", "zh", "services"),
    "z05": ("h581z05_pickle_factory_curing_software_supplier_template.md", "zh", "software"),
    "e01": ("h581e01_flour_mill_software_licence_kansas_vendor.pdf", "en", "software"),
    "e02": ("h581e02_supermarket_scheduling_saas_order_form_nebraska.md", "en", "cloud"),
    "e03": ("h581e03_cold_store_sensors_colorado_supplier.docx", "en", "hardware"),
    "e04": ("h581e04_hotel_managed_it_service_utah.md", "en", "services"),
    "e05": ("h581e05_seed_company_weather_data_api_wyoming.txt", "en", "cloud"),
}
SRC = {"z01": H581Z01, "z02": H581Z02, "z03": H581Z03, "z04": H581Z04, "z05": H581Z05,
       "e01": H581E01, "e02": H581E02, "e03": H581E03, "e04": H581E04, "e05": H581E05}

G, S = "goods_or_licence", "service"
T, F, N = True, False, None
# term order as holdout18/19: availability_pct, p1_response_hours, sla_remedy, ip_owner, data_security_clause,
# buyer_owns_data, confidentiality, ld_rate_per_day_pct, liability_cap_pct, prepayment_pct, acceptance_clause,
# final_payment_on_acceptance, warranty_months, post_warranty_fee_pct, auto_renewal_price_increase,
# termination_for_breach, subcontract_without_consent, governing_law, contract_kind
TERMS = {
    "z01": (99.95, 0.5, T, "buyer", T, T, T, 0.08, N, 20, T, T, 36, 8, F, T, F, "PRC", G),
    "z02": (N, 1, T, "buyer", T, T, T, N, N, 10, T, T, 24, 9, F, T, T, "PRC", G),
    "z03": (99.5, 0.25, T, "buyer", T, T, F, 0.1, N, N, T, N, N, N, T, T, F, "PRC", S),
    "z04": (99.99, 0.25, T, "buyer", F, T, T, 0.1, 200, N, T, N, N, N, F, F, F, N, S),
    "z05": (N, 8, F, "supplier", T, F, T, 0.02, 20, 50, F, F, 6, 28, F, T, N, "PRC", G),
    "e01": (N, 1, T, "buyer", T, T, T, 0.1, 200, 10, T, T, 24, 11, F, T, F, "Kansas", G),
    "e02": (99.95, 0.5, T, "buyer", T, F, T, 600 / 892000 * 100, 6 / 36 * 100, N, T, N, N, N, F, T, T, "PRC", S),
    "e03": (N, 0.5, T, "buyer", T, T, T, 0.08, 150, 20, T, T, 36, 7.5, F, T, F, "PRC", G),
    "e04": (99.8, 20 / 60, T, "buyer", T, T, T, 300 / 1188000 * 100, 150, N, T, N, N, N, F, T, F, "PRC", S),
    "e05": (N, N, F, "buyer", T, T, T, 250 / 336000 * 100, 150, N, T, N, N, N, T, T, F, "PRC", S),
}
KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
# extra: sla_clause, ld_stated, post_warranty_fee_capped (goods only), acceptance_deemed_on_delivery, contract_value
EXTRA = {
    "z01": (T, T, T, F, 1550000), "z02": (T, F, T, F, 1478000), "z03": (T, T, N, F, 770000),
    "z04": (T, T, N, F, 598000), "z05": (T, T, T, T, 1260000), "e01": (T, T, T, F, 1200000),
    "e02": (T, T, N, F, 892000), "e03": (T, T, T, F, 880000), "e04": (T, T, N, F, 1188000),
    "e05": (F, T, N, F, 336000),
}
# TCO inputs (policy §4): fee base = itemised licence / hardware subtotal; warranty from acceptance; horizon 5 years
FEE_BASE = {"z01": 860000, "z02": 1230000, "z05": 800000, "e01": 846000, "e03": 770400}
# my design list, written before the derivation
DESIGN = {
    "z01": [], "e03": [], "e01": ["CR-GOVERNING-LAW"],
    "z02": ["CR-LD-MISSING", "CR-SUBCONTRACT"],
    "z03": ["CR-AUTO-RENEWAL", "CR-CONFIDENTIALITY", "CR-SLA-AVAILABILITY"],
    "z04": ["CR-DATA-SECURITY", "CR-TERMINATION"],
    "e02": ["CR-DATA-OWNERSHIP", "CR-LIABILITY-CAP", "CR-SUBCONTRACT"],
    "e04": ["CR-LD-LOW", "CR-SLA-AVAILABILITY"],
    "e05": ["CR-AUTO-RENEWAL", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
    "z05": ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
            "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE",
            "CR-WARRANTY"],
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
SEVERITY = {"CR-SLA-MISSING": "high", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high", "CR-LD-MISSING": "high",
            "CR-ACCEPTANCE": "high", "CR-POST-WARRANTY-FEE": "high", "CR-GOVERNING-LAW": "low"}


def tco(key, t, x):
    """(TCO, post-warranty share in %) over 5 years from acceptance, or None when not computable."""
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]:
        return None
    years_after = max(0.0, 5 - t["warranty_months"] / 12)
    fees = t["post_warranty_fee_pct"] / 100 * FEE_BASE[key] * years_after
    total = x["contract_value"] + fees
    return total, fees / total * 100


def derive(key, t, x):
    r = []
    goods = t["contract_kind"] == G
    if not x["sla_clause"]:
        r.append("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.append("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.append("CR-SLA-RESPONSE")
    if x["sla_clause"] and not t["sla_remedy"]:
        r.append("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.append("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.append("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.append("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.append("CR-CONFIDENTIALITY")
    if not x["ld_stated"]:
        r.append("CR-LD-MISSING")
    if t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.append("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.append("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.append("CR-PREPAYMENT")
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.append("CR-ACCEPTANCE")
    if goods and (t["warranty_months"] is None or t["warranty_months"] < 12):
        r.append("CR-WARRANTY")
    if goods and (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                  or t["post_warranty_fee_pct"] > 15):
        r.append("CR-POST-WARRANTY-FEE")
    if t["auto_renewal_price_increase"]:
        r.append("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.append("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.append("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC"):  # every forum in this set is in mainland China except e01's Wichita
        r.append("CR-GOVERNING-LAW")
    c = tco(key, t, x)
    if c and c[1] > 40:
        r.append("CR-TCO-SERVICE-SHARE")
    return sorted(r)


def risk(rules):
    sev = [SEVERITY.get(r, "medium") for r in rules]
    return "high" if "high" in sev else "medium" if "medium" in sev else "low"


def label(key):
    name, lang, cat = NAMES[key]
    t = dict(zip(KEYS, TERMS[key]))
    sla, lds, capped, deemed, value = EXTRA[key]
    x = {"sla_clause": sla, "ld_stated": lds}
    if t["contract_kind"] == G:
        x["post_warranty_fee_capped"] = capped
    else:
        assert capped is None and t["warranty_months"] is None and t["post_warranty_fee_pct"] is None
    x["acceptance_deemed_on_delivery"] = deemed
    x["contract_value"] = value
    rules = derive(key, t, x)
    assert rules == sorted(DESIGN[key]), (key, rules, DESIGN[key])
    return {"file": name, "language": lang, "category": cat, "expected_terms": t, "expected_extra": x,
            "expected_rules": rules}, t, x


# --- threshold scan --------------------------------------------------------------------------------------------
CN = "〇零一二三四五六七八九十"
PCT = r"\s*(?:%|％|percent|per\s*cent)"
BAD = [
    r"(?<![\d.])99\.90*" + PCT, r"百分之九十九点九(?![" + CN + r"\d])",
    r"(?<![\d.])4\s*(?:个)?(?:小时|hours?|hrs?|h\b)", r"(?<![十\d])四\s*个?小时", r"four[\s-]*hours?",
    r"(?<![\d.])240\s*(?:分钟|minutes?)",
    r"(?<![\d.])0\.050*" + PCT, r"万分之五(?![" + CN + r"百千\d])", r"千分之零点五",
    r"(?<![\d.])100(?:\.0+)?" + PCT, r"百分之(?:一)?百", r"(?:one\s*)?hundred" + PCT,
    r"(?<![\d.])30(?:\.0+)?" + PCT, r"百分之三十(?![" + CN + r"点])", r"三成", r"thirty" + PCT,
    r"(?<![\d.])12\s*(?:个月|months?|-month)", r"十二个月", r"twelve[\s-]*months?", r"一年", r"壹年",
    r"one[\s-]*years?\b", r"(?<![\d.])1[\s-]*years?\b",
    r"(?<![\d.])15(?:\.0+)?" + PCT, r"百分之十五(?![" + CN + r"点])", r"fifteen" + PCT,
    r"(?<![\d.])40(?:\.0+)?" + PCT, r"百分之四十(?![" + CN + r"点])", r"四成", r"forty" + PCT,
    r"(?<![\d.])5\s*(?:年|years?|-year)", r"(?<![" + CN + r"])五年", r"five[\s-]*years?",
    r"(?<![\d.])60\s*(?:个月|months?|-month)", r"六十个月",
]
BAD_RE = [re.compile(p, re.I) for p in BAD]
MUST_HIT = ["99.9%", "99.9 %", "99.90%", "4小时", "4 小时", "四小时", "four hours", "4 hours", "240分钟", "0.05%",
            "0.05 %", "万分之五", "100%", "100 %", "百分之百", "30%", "百分之三十", "三成", "12个月", "12 months",
            "十二个月", "twelve months", "一年", "one year", "15%", "15 percent", "百分之十五", "40%", "四成", "百分之四十",
            "5年", "5 years", "五年", "five years", "60 months", "60个月"]
MUST_MISS = ["24小时", "24 hours", "99.95%", "99.5%", "115%", "0.15%", "150%", "2025年", "2026 年", "万分之五十",
             "服务年度", "Subscription Year", "0.055%", "140%", "130%", "10.5%", "3.15%", "112 months", "1,500",
             "万分之八", "14 hours", "345 days", "every year", "two years", "24 个月", "百分之三十五"]


def hits(text):
    return [m.group(0) for rx in BAD_RE for m in rx.finditer(text)]


def self_test():
    for s in MUST_HIT:
        assert hits(s), ("must hit", s)
    for s in MUST_MISS:
        assert not hits(s), ("must miss", s, hits(s))


def variants(text):
    return [text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)]


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append("\t".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(p.extract_text() or "" for p in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def value_checks():
    for key in TERMS:
        t = dict(zip(KEYS, TERMS[key]))
        assert t["availability_pct"] != 99.9 and t["p1_response_hours"] != 4 and t["ld_rate_per_day_pct"] != 0.05
        assert t["liability_cap_pct"] != 100 and t["prepayment_pct"] != 30 and t["warranty_months"] != 12
        assert t["post_warranty_fee_pct"] != 15


if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    self_test()
    value_checks()
    # price arithmetic
    assert 860000 + 546000 + 118000 + 26000 == 1550000 and 310000 + 697500 + 542500 == 1550000
    assert 816000 + 154000 + 260000 == 1230000 and 1230000 + 196000 + 34000 + 18000 == 1478000
    assert 147800 + 739000 + 517300 + 73900 == 1478000 and 120 * 6800 == 816000
    assert 3 * (36000 + 144000 + 48000) + 86000 == 770000 and 228000 / 4 == 57000
    assert 384000 + 126000 + 58000 + 30000 == 598000 and 598000 / 4 == 149500
    assert 560000 + 240000 == 800000 and 800000 + 360000 + 100000 == 1260000 and round(0.28 * 800000) == 224000
    assert 420000 + 330000 + 96000 == 846000 and 846000 + 264000 + 58000 + 32000 == 1200000
    assert 120000 + 660000 + 420000 == 1200000 and round(0.11 * 846000) == 93060
    assert 3 * (96000 + 180000) + 64000 == 892000 and (96000 + 180000) / 4 == 69000
    assert 368000 + 115200 + 139200 + 148000 == 770400 and 770400 + 96600 + 13000 == 880000
    assert 176000 + 484000 + 220000 == 880000 and round(0.075 * 770400) == 57780
    assert 24 * 46500 + 72000 == 1188000 and 2 * 168000 == 336000
    # build
    for key, (name, _, _) in NAMES.items():
        if name.endswith((".txt", ".md")):
            (OUT / name).write_text(SRC[key], encoding="utf-8")
            print("wrote", name)
    write({k: SRC[k] for k in NAMES if NAMES[k][0].endswith((".docx", ".pdf"))},
          {k: (NAMES[k][0], NAMES[k][0].rsplit(".", 1)[1]) for k in NAMES if NAMES[k][0].endswith((".docx", ".pdf"))},
          OUT, wrap_words=True)
    # labels
    covered, problems = set(), []
    for key, (name, lang, _) in NAMES.items():
        lab, t, x = label(key)
        covered |= set(lab["expected_rules"])
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1),
                                                              encoding="utf-8")
        c = tco(key, t, x)
        if c:
            assert not 38 <= c[1] <= 42, (key, c)
        text = read_back(OUT / name)
        size = len(text) if lang == "zh" else len(text.split())
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        bad = [h for v in variants(text) + variants(SRC[key]) for h in hits(v)]
        print("%s %-62s %s %5d %s | tco %s | %s | %s" % (key, name, lang, size, "chars" if lang == "zh" else "words",
              "-" if not c else "%.0f / %.2f%%" % c, risk(lab["expected_rules"]), ", ".join(lab["expected_rules"])))
        if not lo <= size <= hi:
            problems.append((key, "length", size))
        if bad:
            problems.append((key, "threshold", bad))
    assert not problems, problems
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    print("all 20 rules covered; no threshold value found")
