"""Builds the blind held-out set holdout619 (ten ordinary draft contracts) and their .json labels.

Run: /work/main/.venv/bin/python -B make_files.py   (in this folder)
.txt/.md are written as they are; .docx/.pdf go through ../word_pdf.py (PDF lines broken at word boundaries).
The labels are written from LABELS below; the expected rules are derived from them with my reading of policy §3 and
compared with the design list DESIGN; lengths, sums and threshold figures are asserted.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------------------------------------------- sources
H619Z01 = """T:省级药品追溯监管平台建设项目合同书
P:合同编号：YJ-ZS-2026-017　　采购方式：公开招标（政府采购）
P:甲方（采购人）：江右省药品监督管理局
P:乙方（供应商）：杭州溯元信息技术有限公司
P:甲乙双方依据《中华人民共和国民法典》《中华人民共和国政府采购法》及本项目招标文件、乙方投标文件，就省级药品追溯监管平台的软件许可与定制开发事宜，经协商一致，订立本合同。本合同采用甲方提供的合同文本。
H:第一条 项目内容
P:1.1 乙方向甲方提供“溯元药品追溯监管平台”软件永久使用许可（省级部署版，含追溯码解析、流向监测、召回管理模块），并完成定制开发、数据迁移、部署实施和培训。
P:1.2 定制开发内容包括：与国家药品追溯协同服务平台及省内药品生产、批发企业追溯系统的数据对接；监管驾驶舱；疫苗及特殊药品风险预警模型；移动执法检查应用。具体功能以招标文件技术需求及附件一《需求规格说明书》为准。
P:1.3 平台部署于甲方指定的省政务云，乙方不得在政务云以外存放任何业务数据。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰贰拾伍万元整（¥2,250,000.00），含税，为固定总价。其中：平台软件许可费1,260,000元；定制开发费690,000元；数据迁移及接口费214,000元；部署实施及培训费86,000元。
P:2.2 合同总价已包含乙方完成本合同全部工作所需的人工、差旅、第三方组件授权及质保期内的全部服务费用，甲方不再另行支付其他费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行保函后十五个工作日内，甲方支付合同总价的20%作为预付款，计450,000元。
P:3.2 平台通过初步验收后，甲方支付合同总价的45%，计1,012,500元。
P:3.3 平台通过最终验收并经甲方出具验收报告后，甲方支付合同总价的35%，计787,500元。
P:3.4 乙方每次收款前应开具合法有效的增值税发票。甲方按财政国库集中支付程序付款，因财政审批产生的合理延迟不视为甲方违约。
H:第四条 实施进度
P:4.1 乙方应在合同签订后九十日内完成部署及数据对接，并提交初验申请；初验后试运行六十日。
P:4.2 乙方应派驻不少于五人的实施团队，项目经理须为投标文件所列人员，未经甲方书面同意不得更换。
P:4.3 乙方应为甲方及各设区市监管人员提供系统操作、运维管理及数据分析培训，累计不少于八个培训日，并提交培训教材和考核记录。
P:4.4 合同签订后十个工作日内，乙方应向甲方提交合同总价5%的履约保证金，最终验收合格后无息退还。
H:第五条 验收
P:5.1 初步验收标准：（1）需求规格说明书所列功能全部实现；（2）与国家协同平台及不少于二百家企业追溯系统对接成功，数据比对差错率不高于万分之一；（3）在五百个并发用户下，常用查询响应时间不超过2秒，统计报表生成不超过8秒；（4）通过第三方机构的网络安全等级保护测评及商用密码应用安全性评估。
P:5.2 最终验收标准：试运行期内未发生一级故障，二级故障累计不超过三次，且初验遗留问题全部整改完毕；乙方已提交源代码、设计文档、运维手册及培训记录。
P:5.3 甲方在收到验收申请后十个工作日内组织验收，并出具书面验收意见。平台上线运行、甲方使用或甲方支付部分款项，均不视为验收合格。
H:第六条 质量保证及售后服务
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、技术支持及现场服务。
P:6.2 质保期满后，如甲方需要，乙方提供年度运维服务，年度服务费不高于平台软件许可费的9%，即每年不超过113,400元，该价格自质保期满起三年内不上调。年度运维服务是否续签由甲方决定，不自动续期。
H:第七条 服务水平
P:7.1 平台年度可用率不低于99.99%（计划内维护时间除外，计划内维护须提前三个工作日经甲方同意）。
P:7.2 故障分级及响应：一级故障（平台整体不可用或追溯数据无法上报）30分钟内响应，2小时内到达现场，6小时内恢复；二级故障（主要功能受影响）1小时内响应，8小时内解决；三级故障2个工作日内解决。
P:7.3 乙方未按时响应或恢复的，每超时1小时扣减当年运维服务费或履约保证金2,000元；可用率每低于约定值0.01个百分点，扣减3,000元。
H:第八条 知识产权
P:8.1 平台标准产品的知识产权仍归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 为本项目定制开发的程序、接口、模型、文档及其源代码的知识产权归甲方所有，甲方可自行或委托第三方使用、修改和再开发，无需另行付费。
H:第九条 数据安全
P:9.1 平台采集、存储和产生的全部业务数据（包括追溯码、企业流向数据、监管执法记录）归甲方所有。乙方仅为履行本合同使用上述数据，不得用于任何其他目的，不得向任何第三方提供。
P:9.2 乙方应遵守《数据安全法》《个人信息保护法》，落实访问控制、加密存储、操作审计等措施；运维人员须经堡垒机访问，不得将数据拷贝至政务云以外。
P:9.3 发生数据泄露、篡改或丢失时，乙方应在1小时内报告甲方并立即采取补救措施；因乙方原因造成的损失及行政处罚，由乙方全额承担。
H:第十条 保密
P:10.1 乙方对在履行本合同过程中知悉的甲方工作秘密、监管信息及企业商业秘密负有保密义务，未经甲方书面同意不得向第三方披露，保密期限不因合同终止而解除。
P:10.2 乙方应与参与本项目的人员签订保密承诺书，并对其行为承担责任。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期通过验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:11.2 乙方提供的产品或服务不符合合同约定，经甲方书面通知后二十日内仍未纠正的，甲方有权要求乙方继续履行并赔偿损失。
P:11.3 乙方未经同意更换项目经理或核心技术人员的，每人次支付违约金10,000元，甲方可从履约保证金中直接扣除。
H:第十二条 分包与转让
P:12.1 乙方不得将本合同项下的任何工作转包或分包给第三方，亦不得转让本合同权利义务。
H:第十三条 合同解除
P:13.1 乙方严重违约，或逾期超过六十日，或经书面催告后二十日内仍未纠正违约行为的，甲方有权书面通知解除合同，并要求乙方退还已收款项、赔偿损失。
P:13.2 因不可抗力致使合同目的不能实现的，双方均可解除合同。
H:第十四条 法律适用与争议解决
P:14.1 本合同的订立、效力、解释和履行适用中华人民共和国法律。
P:14.2 因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
P:14.3 争议处理期间，除争议事项外，双方应继续履行本合同其他条款。
H:第十五条 其他
P:15.1 本合同一式六份，甲乙双方各执三份，自双方签字盖章之日起生效。本合同未尽事宜，双方可另行签订补充协议，补充协议与本合同具有同等法律效力。招标文件、投标文件及附件为本合同组成部分。
P:附件一：需求规格说明书；附件二：分项报价表；附件三：验收方案。
P:甲方（盖章）：　　　　　　乙方（盖章）：
P:法定代表人或授权代表：　　法定代表人或授权代表：
P:签订日期：2026年　月　日
"""

H619Z02 = """T:钢化炉控制系统改造及维保合同
P:合同编号：XG-SB-2026-0412
P:甲方：皖南信义光伏玻璃有限公司
P:乙方：洛阳恒热自动化装备有限公司
P:甲方拟对其二号光伏玻璃钢化炉的控制系统进行升级改造。经询比价，甲方确定由乙方承担该项目。双方经友好协商，就设备供货、软件许可、安装调试及维保服务签订本合同，以资共同遵守。
H:一、项目范围
P:（一）乙方负责更换二号钢化炉原有控制系统，提供PLC控制柜、加热区温控模块、风栅变频及伺服驱动、在线平整度与应力检测相机，以及钢化工艺控制软件的永久使用许可。
P:（二）乙方负责拆除旧系统、安装接线、程序编写、与甲方MES系统的数据对接、工艺参数整定和操作人员培训，使改造后的钢化炉满足本合同第四条的技术指标。
P:（三）改造施工须在甲方安排的停炉窗口内完成，停炉窗口不超过十八日。
P:（四）改造期间乙方应对旧系统拆除件进行编号登记并交还甲方。
H:二、合同价格
P:（一）本合同总价为人民币壹佰捌拾壹万元整（¥1,810,000），含13%增值税，包括设备、软件许可、运输、保险、安装调试、培训及质保期内服务的全部费用。分项价格如下表：
TB:序号|项目|数量|金额（元）
TB:1|钢化炉PLC控制系统（含控制柜、I/O模块）|1套|418,000
TB:2|加热区温控模块及热电偶|1批|365,000
TB:3|风栅变频器及伺服驱动|1批|276,000
TB:4|在线平整度与应力检测相机|1套|198,000
TB:5|钢化工艺控制软件（永久许可）|1套|289,000
TB:—|软硬件小计|—|1,546,000
TB:6|拆除、安装调试及改造施工|1项|184,000
TB:7|工艺参数整定|1项|62,000
TB:8|操作及维护培训|1项|18,000
TB:—|合同总价|—|1,810,000
P:（二）上表所列软硬件小计为本合同第六条维保费用的计算基数。
H:三、付款方式
P:（一）合同生效后十日内，甲方支付合同总价的10%作为预付款，即181,000元。
P:（二）全部设备运抵甲方现场并经双方清点签收后，甲方支付合同总价的35%，即633,500元。到货签收仅为数量确认，不代表质量验收。
P:（三）项目通过最终验收后二十日内，甲方支付合同总价的50%，即905,000元。
P:（四）剩余5%即90,500元作为质量保证金，质保期满且无未决质量问题后无息支付。
P:（五）乙方每次收款前应开具等额增值税专用发票。
H:四、技术指标与验收
P:（一）改造后钢化炉应达到以下指标：加热区温度控制精度±2℃；3.2毫米光伏玻璃成品平整度（弓形）不大于0.2%；表面应力均匀性满足GB/T 9963的要求；钢化成品率不低于98.5%；与MES系统的工艺数据上传延迟不超过5秒。
P:（二）验收分为初步验收和最终验收。初步验收在设备安装调试完毕、连续带料试生产七十二小时后进行；最终验收在连续稳定生产三十日后进行，以上述指标的实测数据及第三方应力检测报告为依据。
P:（三）验收未通过的，乙方应在十日内整改并重新申请验收，由此产生的费用由乙方承担。设备投产使用不视为验收合格。
P:（四）验收时乙方应提交设备合格证、出厂检验报告、软件安装介质及许可证书、竣工图纸和调试记录。
H:五、交付期限
P:乙方应在合同生效后七十五日内完成全部设备到货，并在停炉窗口开始后十八日内完成改造并具备带料试生产条件。乙方应指定项目经理一名，常驻现场直至初步验收，每周提交进度报告，重大问题及时书面报告甲方。
H:六、质量保证与维保服务
P:（一）质保期为二十四个月，自最终验收合格之日起计算。质保期内，因设备或软件本身质量问题产生的维修、更换及现场服务费用均由乙方承担。
P:（二）故障响应：一级故障（钢化炉停炉或无法正常加热）乙方应在1小时内响应，6小时内到达现场，24小时内恢复生产；二级故障2小时内响应，48小时内处理完毕。乙方每超过响应或到场时限1小时，向甲方支付1,500元。
P:（三）质保期满后，甲方可选择与乙方签订年度维保合同。年度维保费按软硬件小计的8%计取，即每年123,680元，自质保期满起三年内保持不变，逐年签订，不自动续期。
P:（四）乙方应储备关键备件，质保期满后至少六年内继续提供备品备件，价格不高于本合同同类单价。
P:（五）乙方应对甲方操作、电气及工艺人员进行培训，不少于二十人次，培训合格后方可独立上岗操作；乙方提交操作手册、电气图纸及维护手册各三套及电子版。
H:七、知识产权
P:（一）标准控制软件的知识产权归乙方所有，乙方授予甲方在二号钢化炉及其替代设备上永久使用的权利。
P:（二）乙方为本项目编写的PLC程序、工艺配方参数、MES接口程序及其源代码归甲方所有，甲方可自行修改或委托他人维护。
H:八、数据安全与保密
P:（一）钢化工艺参数、生产记录、质量检测数据等均归甲方所有，乙方仅可为履行本合同使用，不得留存或另作他用。
P:（二）乙方远程维护须经甲方审批，通过甲方提供的VPN及堡垒机进行并全程留存日志；乙方应采取病毒查杀、账号最小权限等措施，保障工控网络和数据安全。发生数据泄露或因乙方原因导致工控系统被入侵的，乙方应在2小时内通知甲方，并承担相应赔偿责任。
P:（三）双方对履行本合同知悉的对方技术资料、工艺信息和商业信息负有保密义务，保密期至合同终止后五年。
H:九、分包
P:乙方可将设备拆除、电缆敷设等现场施工工作分包给具备相应资质的施工单位，但应提前五日书面通知甲方；乙方对分包单位的工作向甲方负责。
H:十、违约责任
P:（一）乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的万分之三向甲方支付违约金。
P:（二）改造后指标达不到第四条约定且经两次整改仍不合格的，甲方有权解除合同，乙方退还全部已收款项并拆除设备。
P:（三）乙方在本合同项下对甲方承担的全部赔偿责任（含违约金）累计不超过合同总价的60%，但人身伤亡及乙方故意或重大过失造成的损失除外。
P:（四）甲方逾期付款的，应按同期贷款市场报价利率向乙方支付利息。
H:十一、合同解除
P:乙方严重违约，或逾期超过四十五日，或经甲方书面催告后十五日内仍未改正的，甲方可书面通知解除本合同，并要求乙方赔偿损失。
H:十二、安全生产
P:乙方现场人员应遵守甲方安全生产及动火作业管理制度，因乙方违规作业造成的人身伤害和财产损失由乙方承担。乙方应为现场人员办理意外伤害保险，进入厂区须接受安全教育，高处作业及带电作业须持证上岗并执行作业票制度。
H:十三、适用法律与争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交芜湖仲裁委员会仲裁。
H:十四、不可抗力
P:因不可抗力不能履行合同的，受影响一方应在五日内通知对方并提供证明，双方根据影响程度协商延期或部分免除责任。不可抗力持续超过六十日致使合同目的无法实现的，任何一方可解除合同。
H:十五、其他
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件：技术协议、设备清单、施工方案。附件与本合同具有同等效力；合同未尽事宜，双方可签订补充协议。
P:甲方（盖章）：　　　　　　乙方（盖章）：
P:代表签字：　　　　　　　　代表签字：
P:日期：2026年　月　日
"""

H619Z03 = """连锁养老驿站照护记录云服务及实施合同

合同编号：YK-IT-2026-031
甲方：苏州颐康社区养老服务有限公司
乙方：上海安颐云科技有限公司

甲方在苏州市各区运营五十个社区养老驿站，拟采购照护记录云服务（SaaS），用于老人健康档案、照护计划、服务工单、护理记录和家属端通知的统一管理。双方在平等自愿的基础上，订立本合同。

一、服务内容
（一）乙方向甲方提供“安颐照护云”平台的订阅服务，服务范围覆盖甲方五十个驿站，每个驿站含管理端及不限数量的护理员移动端账号。
（二）乙方提供以下一次性实施服务：
1. 五十个驿站的开通配置、组织架构及权限设置；
2. 甲方现有纸质及Excel照护档案约一万二千份的数字化迁移；
3. 与甲方财务系统及民政养老服务监管平台的数据接口开发；
4. 按甲方格式定制月度照护质量报表六张；
5. 对驿站站长及护理员分批培训，不少于十场；
6. 提供管理员手册、护理员操作视频及常见问题手册。
（三）服务期为两个服务年度，第一个服务年度自平台上线验收合格之日起算。

二、费用
（一）本合同总价为人民币陆拾壹万肆仟元整（¥614,000），含税，由以下部分组成：
1. 订阅服务费：每驿站每服务年度4,800元，五十个驿站每服务年度240,000元，两个服务年度合计480,000元；
2. 实施及接口开发费：96,000元（一次性）；
3. 历史数据迁移费：38,000元（一次性）。
（二）服务期内新增驿站的，按每驿站每服务年度4,800元按月折算；减少驿站的，相应核减。
（三）除本合同约定外，乙方不得以任何名义另行收取费用，家属端短信通知费用已包含在订阅服务费中。

三、付款
（一）实施及接口开发费和数据迁移费合计134,000元，在平台上线验收合格后十五个工作日内一次性支付。
（二）订阅服务费按季度结算，每季度结束后十个工作日内，甲方根据乙方提交的服务报告支付该季度服务费60,000元。
（三）乙方应在每次付款前开具增值税专用发票。

四、实施与验收
（一）乙方应在合同签订后六十日内完成全部驿站开通、数据迁移和接口联调，并提出上线验收申请。
（二）上线验收标准：
1. 五十个驿站全部开通并正常使用，护理员移动端可离线记录并在联网后自动同步；
2. 迁移档案按百分之五比例抽检，字段差错率不高于千分之二；
3. 与民政监管平台接口连续七日数据上报成功；
4. 常用页面响应时间不超过3秒；
5. 定制报表经甲方运营部确认。
（三）甲方在收到申请后七个工作日内组织验收并出具书面意见。平台开通或甲方试用，不视为验收合格。
（四）验收不合格的，乙方应在十日内整改后重新申请验收。

五、服务水平
（一）平台月度可用率不低于99.5%，计划维护应安排在夜间并提前三日通知甲方。
（二）故障响应：一级故障（平台无法登录或照护记录无法提交）30分钟内响应，3小时内恢复；二级故障2小时内响应，当日解决；一般问题一个工作日内答复。
（三）月度可用率每低于约定值0.1个百分点，或一级故障恢复每超时1小时，乙方按当月订阅服务费的5%向甲方提供服务抵扣，当月抵扣合计以当月服务费为限。
（四）乙方每月向甲方提交服务报告，列明可用率、故障及处理情况。
（五）一级故障处理完毕后，乙方应在三个工作日内提交故障分析报告及整改措施。

六、数据权属与使用
（一）甲方在平台中录入和产生的老人信息、健康档案、照护记录及服务工单数据归甲方所有。
（二）甲方同意，乙方可对上述数据进行去标识化处理后，用于平台产品优化、护理模型训练及行业分析报告，该等去标识化数据及其衍生成果归乙方所有。
（三）合同终止后三十日内，乙方应按甲方要求以通用格式返还全部数据，并在甲方确认后删除平台中的甲方数据。

七、数据安全
（一）平台应部署于境内通过网络安全等级保护三级测评的云环境，敏感个人信息加密存储和传输，访问实行最小权限并留存审计日志不少于六个月。
（二）乙方应遵守《个人信息保护法》《数据安全法》，仅在甲方授权范围内处理个人信息。
（三）发生数据泄露、篡改、丢失等安全事件的，乙方应在2小时内通知甲方并采取补救措施，配合甲方向主管部门报告；因乙方原因导致的损失、第三方索赔及行政处罚由乙方承担。

八、保密
双方对在合作中知悉的对方商业信息、老人及家属个人信息负有保密义务，未经对方书面同意不得披露，本条在合同终止后继续有效。乙方应与接触甲方数据的员工签订保密协议，并约定其离职后的保密义务。

九、双方的其他权利和义务
（一）甲方应指定项目联系人，按时提供驿站清单、组织架构、历史档案及接口所需资料，并组织驿站人员参加培训。
（二）甲方应妥善保管管理员账号，对本单位用户在平台中的操作负责。
（三）乙方应指定专职客户经理和实施负责人，实施期间每周提交进度报告；服务期内提供工作日8:00至20:00的热线及在线客服。
（四）乙方对平台进行功能升级的，不得降低已有功能及服务水平，涉及操作变化的应提前十日通知甲方并提供培训材料。
（五）乙方应每日对甲方数据进行备份，备份保留不少于三十日，并每半年进行一次恢复演练，演练结果书面报送甲方。

十、知识产权
平台本身的知识产权归乙方所有。乙方为甲方开发的接口程序及定制报表模板的知识产权归甲方所有，乙方应在验收时交付其源代码和说明文档，甲方可自行修改和使用。

十一、续约
服务期满前六十日，任何一方未书面提出不再续约的，本合同自动续期一个服务年度，可多次续期。续期期间的订阅服务单价由乙方根据市场行情调整，并在续期开始前通知甲方。

十二、违约责任
（一）乙方未按第四条约定期限完成上线验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）乙方在本合同项下的累计赔偿责任不超过合同总价的两倍。
（三）甲方逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。

十三、分包
乙方不得将本合同项下的服务转包；如需将数据录入等辅助工作分包，须事先取得甲方书面同意，并对分包方行为承担连带责任。

十四、合同解除
乙方严重违约，或月度可用率连续三个月低于约定值，或发生重大数据安全事件的，甲方有权书面通知解除合同，并要求乙方赔偿损失。合同解除或期满终止的，乙方应配合甲方完成数据迁出，过渡期内平台继续可用，过渡期最长不超过六十日，按实际天数结算服务费。

十五、不可抗力
因地震、洪水、战争、政府行为等不可抗力导致不能履行合同的，受影响一方应及时通知对方，并在十日内提供证明，可根据影响程度部分或全部免除责任。云服务商机房故障、网络攻击等不属于乙方的不可抗力，但乙方能证明已采取合理防护措施的除外。

十六、争议解决
本合同适用中华人民共和国法律。争议协商不成的，提交苏州仲裁委员会仲裁。

十七、其他
本合同自双方签字盖章之日起生效，一式两份，双方各执一份。双方往来通知以书面形式送达本合同首部所列地址或联系人电子邮箱，即视为送达。附件：服务说明书、定制报表样式、驿站清单。

甲方（盖章）：　　　　　　乙方（盖章）：
联系人：　　　　　　　　　联系人：
日期：　　　　　　　　　　日期：
"""

H619Z04 = """工程建设项目招标投标电子交易平台运维服务合同

项目编号：SXGZ-2026-CS-009（竞争性磋商）
甲方：绍兴市公共资源交易中心
乙方：浙江数联招采科技有限公司

根据《中华人民共和国政府采购法》及其实施条例、本项目竞争性磋商文件及乙方响应文件、成交通知书，甲乙双方就工程建设项目招标投标电子交易平台（以下简称“交易平台”）年度运维服务事宜，订立本合同。

第一条 服务范围
1. 交易平台包括电子招标、投标文件加解密、远程不见面开标、专家抽取、电子评标、CA数字证书互认及电子保函等子系统，部署于甲方机房及市政务云。
2. 乙方提供的运维服务包括：驻场运维、全天候远程监控与值守、应用及数据库运维、安全巡检与漏洞修复、开评标现场保障、应急处置及配合上级部门检查。
3. 开评标高峰日、重大项目开标日，乙方应增派技术人员现场保障，不另行收费。

第二条 服务期限
服务期自2026年4月1日起至2027年3月31日止。服务期满，本合同终止，甲方根据需要另行组织采购。服务期内甲方因业务调整需要增加服务内容的，双方另行协商。

第三条 合同价款
1. 本合同总价为人民币柒拾玖万捌仟元整（¥798,000），包括：驻场运维服务费528,000元（驻场工程师二名）；远程监控与值守服务费156,000元；安全巡检与应急保障费114,000元。
2. 合同总价为固定价格，包含人员、工具、差旅、税费等全部费用，服务期内不作调整。

第四条 付款方式
1. 服务费按季度支付，每季度199,500元。
2. 每季度结束后，甲方依据第九条进行季度考核，考核合格且收到乙方发票后十五个工作日内支付当季服务费；考核扣减金额从当季服务费中扣除。

第五条 运维工作内容
1. 日常巡检：每日开工前检查服务器、数据库、中间件、CA接口及网络链路状态，形成巡检记录；每周对投标文件解密服务、电子保函接口进行功能验证。
2. 开评标保障：每日核对当日开标项目清单，开标前一小时完成解密服务和音视频设备检查，开标过程中专人值守。
3. 备份管理：数据库每日增量备份、每周全量备份，备份数据异地保存；每季度进行一次恢复测试，形成测试报告。
4. 变更管理：系统升级、配置变更须提前提交变更方案，经甲方审批后在非开标时段实施，并保留回退方案。
5. 报告制度：乙方每月5日前提交上月运维月报，内容包括可用率统计、故障清单、巡检结果、漏洞整改及下月工作计划。

第六条 进场交接
合同签订后十日内，乙方应完成与原运维单位的交接，包括账号权限、配置文档、备份数据及未结问题清单，交接完成后双方签署交接确认单。

第七条 人员要求
1. 驻场工程师应具有三年以上同类平台运维经验，其中至少一人持有数据库或信息安全类认证，名单经甲方确认后不得擅自更换。
2. 驻场时间为工作日8:30至17:30；有开标、评标安排的非工作日，驻场人员应按甲方通知到岗。
3. 驻场人员应遵守甲方工作纪律，甲方认为不能胜任的，乙方应在五个工作日内更换。

第八条 服务水平
1. 交易平台月度可用率不低于99.98%，经甲方同意的计划内维护时间不计入不可用时间。
2. 故障等级及时限：
（1）一级故障：开标、解密或评标无法进行，或平台整体不可访问。乙方应在15分钟内响应，30分钟内到场，2小时内恢复。
（2）二级故障：部分功能异常但不影响开评标。1小时内响应，8小时内解决。
（3）三级故障：一般问题或咨询。当日响应，三个工作日内解决。
3. 一级故障每超过恢复时限1小时，扣减当季服务费3,000元；二级故障每超时一次扣减500元；月度可用率每低于约定值0.01个百分点，扣减当季服务费2,000元。
4. 一级故障处理完毕后一个工作日内，乙方应提交故障报告，说明原因、处理过程及预防措施。

第九条 考核与验收
1. 甲方每季度按运维考核细则对乙方进行考核，考核内容包括可用率、故障处理时效、巡检报告、漏洞整改率及开评标保障情况，满分一百分，八十五分以上为合格。
2. 服务期满前三十日内，甲方组织年度终验，终验标准为：四个季度考核均合格；全年未发生因乙方原因导致的开标中断或数据丢失；运维文档、配置清单、巡检记录和应急演练记录完整移交。
3. 季度考核不合格的，乙方应在十日内整改，并由甲方复核。

第十条 数据安全
1. 交易平台中的招标文件、投标文件、评标记录、专家信息、交易数据及日志均归甲方所有，乙方仅为履行运维服务接触和处理上述数据，不得复制、留存或用于其他目的。
2. 乙方运维操作须通过甲方堡垒机进行，高危操作实行双人复核；乙方不得在平台中设置后门或远程通道，不得在个人设备上存储平台数据。
3. 乙方应协助甲方落实网络安全等级保护三级要求，每月开展漏洞扫描，高危漏洞在七日内完成修复。
4. 发生数据泄露、篡改、投标文件提前解密或丢失等安全事件的，乙方应在1小时内报告甲方，并按甲方应急预案处置；因乙方原因造成的损失和法律责任由乙方承担。
5. 乙方应对驻场及远程运维人员进行安全背景审查和安全培训，人员离场时应及时注销其全部账号和权限。

第十一条 知识产权
乙方在服务期内为甲方编写的运维脚本、监控规则、应急预案及运维文档归甲方所有，乙方应随年度终验一并移交。

第十二条 违约责任
1. 乙方未按约定日期完成进场交接的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
2. 乙方擅自更换驻场人员的，每人次支付违约金5,000元。
3. 因乙方原因导致开标中断或延期的，乙方除承担第八条扣减外，还应赔偿甲方及投标人因此产生的直接损失。
4. 乙方未按时提交运维月报或巡检记录的，每次扣减当季服务费1,000元。

第十三条 甲方的权利和义务
1. 甲方为驻场人员提供办公场所、网络及必要的机房出入权限，并指定专人负责运维管理和考核。
2. 甲方有权对乙方运维工作进行检查，对不符合要求的事项提出书面整改意见，乙方应在规定期限内整改。
3. 甲方应及时向乙方通报交易规则调整和业务变化；重大业务调整引起的软件开发不属于本合同运维范围，由双方另行约定。
4. 甲方按本合同约定支付服务费。

第十四条 分包
乙方不得将本合同项下的服务分包或转包给任何第三方。

第十五条 合同的履行与终止
1. 本合同履行期间，双方应严格履行各自义务，任何一方均不得单方变更或解除本合同。
2. 因不可抗力致使部分义务不能履行的，受影响一方应及时通知对方，双方协商顺延或调整服务内容。
3. 服务期满，本合同自然终止。乙方应在终止前完成全部资料移交，并配合新的运维服务单位进行交接，交接期不少于二十日。

第十六条 适用法律及争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十七条 其他
1. 磋商文件、响应文件、成交通知书及运维考核细则为本合同的组成部分。
2. 本合同一式四份，甲方三份，乙方一份，自双方签字盖章之日起生效。

甲方（盖章）：　　　　　　乙方（盖章）：
代表：　　　　　　　　　　代表：
日期：2026年　月　日
"""

H619Z05 = """# 软件许可及定制开发合同

**酿智发酵管理系统 标准合同范本（V3.0）**

合同编号：NZ-HT-2026-058

甲方（需方）：孝感福源米酒有限公司

乙方（供方）：武汉酿智软件科技有限公司

甲方因米酒发酵车间信息化建设需要，向乙方采购“酿智发酵管理系统”软件许可及相关定制开发、实施服务。双方经协商一致，订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供酿智发酵管理系统软件的永久使用许可，许可范围为甲方孝感生产基地，不限用户数。

1.2 乙方根据甲方需求进行定制开发，内容包括：发酵罐温度、pH值及糖度在线采集与自动控制对接；酒曲及糯米原料批次管理；成品批次追溯与召回；发酵曲线分析看板。

1.3 乙方负责系统安装部署、基础数据初始化及操作培训。

1.4 乙方交付物包括：软件安装介质及许可文件、系统操作手册、管理员手册、培训课件及需求确认书。定制开发部分以可执行程序形式交付。

1.5 许可软件可安装于甲方一套生产环境及一套测试环境。

## 第二条 合同价款

2.1 本合同总价为人民币壹佰肆拾捌万元整（¥1,480,000），含税。明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 发酵管理系统标准版许可 | 480,000 |
| 2 | 配方与批次管理模块许可 | 260,000 |
| 3 | 质量追溯模块许可 | 220,000 |
| 4 | 移动端许可 | 120,000 |
| | 软件许可费小计 | 1,080,000 |
| 5 | 定制开发费 | 326,000 |
| 6 | 实施部署及培训费 | 74,000 |
| | 合计 | 1,480,000 |

2.2 上述价格不含甲方现场自动化仪表、服务器、网络设备及第三方数据库许可，如需乙方代购，另行签订合同。

2.3 合同价款包含乙方实施人员的人工费用；乙方人员现场服务的差旅及住宿费用由甲方按实际发生承担。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的55%，即814,000元，乙方收到款项后启动项目。

3.2 系统上线运行后十日内，甲方支付合同余款，即合同总价的45%，计666,000元。

3.3 甲方未按期付款的，乙方有权暂停项目实施及技术服务，工期相应顺延。

3.4 乙方收款后向甲方开具增值税专用发票。

## 第四条 项目实施

4.1 乙方在收到首期款后开始需求调研，原则上在一百二十日内完成系统上线。因甲方需求变更、现场条件不具备或设备接口资料提供不及时造成的延误，工期相应顺延。

4.2 甲方应提供发酵车间的PLC通讯协议、仪表清单、服务器及网络环境，并指定项目联系人配合实施。

4.3 需求调研结束后，双方签署需求确认书。需求确认书签署后甲方提出的新增或变更需求，乙方有权另行报价。

4.4 乙方为甲方提供两期集中培训：第一期面向车间班组长及质检人员，第二期面向信息管理员，每期不超过三日。培训场地及设备由甲方提供，超出上述范围的培训按乙方标准另行收费。

4.5 系统运行环境由甲方按乙方提供的配置清单自行准备，因甲方运行环境不满足要求造成的系统性能问题，不属于乙方责任。

4.6 乙方实施人员进场前，甲方应完成车间网络布线及服务器安装，并对采集点位进行标识。

## 第五条 验收

5.1 系统安装部署完成并上线运行后，即视为甲方验收合格。

5.2 甲方在系统上线后提出的功能优化意见，乙方在维护期内酌情处理。

5.3 上线运行之日以乙方发出的上线通知为准。

## 第六条 维护服务

6.1 自系统上线之日起，乙方提供六个月的免费维护服务，包括远程技术支持、缺陷修复及版本补丁。

6.2 免费维护期内，一级故障（系统无法登录或发酵数据采集中断）乙方在8小时内响应，二级故障在两个工作日内响应，一般问题在五个工作日内答复。乙方以远程支持为主，确需现场服务的，差旅费由甲方承担。法定节假日期间响应时间顺延。

6.3 免费维护期满后，甲方如需继续获得维护服务，应与乙方签订年度维护合同，年度维护费为软件许可费小计的25%，即每年270,000元。年度维护合同逐年签订。

6.4 未签订年度维护合同的，乙方不再提供版本升级及技术支持，按次服务另行收费。

6.5 维护服务不包括：甲方自行修改造成的问题、硬件及网络故障、第三方软件问题及新增需求开发。

## 第七条 知识产权

7.1 本合同项下的软件（包括标准产品及定制开发部分）的著作权、专利权及其他知识产权均归乙方所有。

7.2 乙方授予甲方在许可范围内非独占、不可转让的使用权。甲方不得对软件进行反向工程、修改或向第三方提供，定制开发部分的源代码不向甲方交付。

## 第八条 数据与信息安全

8.1 甲方在系统中产生的生产、配方及质量数据归甲方所有，乙方仅为提供本合同服务而访问，不作其他用途。

8.2 乙方远程维护须经甲方授权，使用一次性账号，维护完成后关闭；乙方对系统中的配方数据采取加密存储和权限分级措施。

8.3 因乙方原因造成甲方数据泄露或丢失的，乙方应在发现后两日内通知甲方，采取补救措施，并赔偿由此给甲方造成的直接损失。

8.4 乙方人员对甲方系统的操作应在甲方信息管理员在场或授权下进行，操作记录保存不少于六个月。

## 第九条 保密

9.1 双方对在履行本合同中获知的对方技术秘密、米酒配方、工艺参数及经营信息负有保密义务，未经对方书面同意不得向第三方披露。

9.2 保密义务在本合同终止后三年内持续有效。

9.3 乙方应确保其接触甲方资料的员工遵守本条约定。

## 第十条 违约责任

10.1 任何一方违反本合同约定的，应承担继续履行、采取补救措施等违约责任。

10.2 乙方交付延迟的，双方协商调整实施计划。

10.3 甲方逾期支付合同款项的，乙方可顺延交付，并要求甲方继续支付。

## 第十一条 双方的其他权利义务

11.1 甲方应按照乙方的操作手册使用系统，不得擅自修改系统配置或数据库结构；因甲方操作不当造成的故障，乙方提供服务时另行收费。

11.2 甲方应自行做好系统数据的日常备份，乙方可提供备份方案建议。

11.3 甲方应为乙方实施人员进入车间提供必要的安全防护用品，乙方人员应遵守甲方食品生产卫生管理规定。

11.4 乙方发布的新版本，甲方在维护期或年度维护合同有效期内可免费升级；超出上述期间的，不享有免费升级。

## 第十二条 合同解除

一方严重违约，经对方书面催告后二十日内仍未改正的，守约方有权书面通知解除本合同。合同解除后，甲方应停止使用软件并删除全部副本，已付款项不予退还，但因乙方违约解除的除外。

## 第十三条 不可抗力

因不可抗力导致不能履行合同的，受影响方不承担责任，但应及时通知对方并在合理期限内提供证明。不可抗力持续超过九十日的，双方可协商解除合同。

## 第十四条 争议解决

本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，提交武汉仲裁委员会仲裁。

## 第十五条 其他

15.1 本合同自双方盖章之日起生效，一式两份，双方各执一份。

15.2 双方联系人及通知地址以合同首页为准，变更的应书面通知对方。

15.3 本合同范本条款由乙方提供，双方已充分阅读并理解。

甲方（盖章）：　　　　　　乙方（盖章）：

日期：　　　　　　　　　　日期：
"""

H619E01 = """T:Software Licence and Services Agreement
P:Agreement No. RSF-CN-2026-044
P:This Software Licence and Services Agreement (the "Agreement") is made between Changzhou Hengyuan Precision Castings Co., Ltd., a company registered in Changzhou, Jiangsu Province, People's Republic of China (the "Buyer"), and Rhonasim SAS, a French simplified joint-stock company with its registered office at 27 rue de la Villette, 69003 Lyon, France (the "Vendor").
P:The Buyer wishes to use the Vendor's casting process simulation software in its engineering centre and foundry, and the Vendor agrees to grant a perpetual licence and to perform the related services on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means the Rhonasim Cast simulation suite, version 9, comprising the solver, pre-processor, post-processor and alloy database modules, in object code, together with its documentation.
P:1.2 "Custom Deliverables" means the material database extensions, simulation templates, report templates and the interface to the Buyer's product lifecycle management system prepared by the Vendor for the Buyer under this Agreement.
P:1.3 "Final Acceptance" means the Buyer's written confirmation under Article 5.3 that the acceptance tests have been passed.
P:1.4 "Working Day" means a day other than a Saturday, Sunday or public holiday in the People's Republic of China.
H:Article 2 Scope
P:2.1 The Vendor grants the Buyer a perpetual, non-exclusive, non-transferable licence to install and use the Software on up to eight concurrent seats at the Buyer's sites in Changzhou for the Buyer's internal engineering purposes.
P:2.2 The Vendor shall install the Software, calibrate the alloy database with the Buyer's measured data for six alloy grades, prepare the Custom Deliverables, validate the results against the Buyer's reference castings and train the Buyer's engineers.
P:2.3 The Buyer may make a reasonable number of backup copies and may transfer the licence to an affiliate in mainland China by written notice to the Vendor.
H:Article 3 Price
P:3.1 The total price is CNY 1,520,000 (one million five hundred and twenty thousand yuan), including VAT, made up as follows: Software licence fee CNY 1,160,000; alloy database calibration and Custom Deliverables CNY 268,000; training CNY 54,000; installation CNY 38,000.
P:3.2 The price is fixed and covers all travel, subsistence and other expenses of the Vendor's personnel. Any withholding tax on the licence fee shall be handled in accordance with the applicable tax treaty, and the Buyer shall provide the tax certificates.
H:Article 4 Payment
P:4.1 The Buyer shall pay 20% of the total price within twenty Working Days after signature of this Agreement, against the Vendor's invoice and an advance payment guarantee of the same amount issued by a bank acceptable to the Buyer.
P:4.2 The Buyer shall pay 45% of the total price within twenty Working Days after the Installation Certificate is signed. Signature of the Installation Certificate confirms only that the Software has been installed; it is not acceptance.
P:4.3 The Buyer shall pay the remaining 35% of the total price within twenty Working Days after Final Acceptance.
P:4.4 Payments shall be made in CNY by bank transfer to the Vendor's account stated in the invoice.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall complete installation within forty-five days after signature and shall complete calibration and the Custom Deliverables within one hundred and twenty days after signature.
P:5.2 The acceptance tests shall verify that: (a) all licensed modules run on the Buyer's workstations and licence server; (b) predicted solidification times and shrinkage locations for five reference castings agree with the Buyer's measured results within the tolerances of the Acceptance Test Plan; (c) a standard mould-filling case of two million cells completes in less than three hours on the Buyer's hardware; (d) simulation reports are generated in the Buyer's format and transferred to the PLM system; and (e) the Software operates for twenty Working Days without a Severity 1 defect.
P:5.3 The Buyer shall carry out the tests with the Vendor's support and shall give written Final Acceptance or a list of defects within ten Working Days after the tests. The Vendor shall correct the listed defects and repeat the tests. Installation, use of the Software in production or any payment shall not be deemed acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform substantially in accordance with their documentation for eighteen months after Final Acceptance. During the warranty period the Vendor shall provide corrections, updates, new versions and technical support free of charge.
P:6.2 Defects are classified as follows. Severity 1: the solver or licence server is unavailable, or results are clearly wrong, so that no simulation work is possible. Severity 2: a major function is impaired but a workaround exists. Severity 3: any other defect or question.
P:6.3 The Vendor shall respond to a Severity 1 defect within two hours, provide a workaround within one Working Day and a correction within five Working Days. Severity 2 defects shall be answered within one Working Day and corrected in the next update.
P:6.4 If the Vendor misses a Severity 1 response or workaround time, it shall pay the Buyer CNY 1,000 for each hour of delay, which the Buyer may deduct from any amount due.
P:6.5 After the warranty period, the Buyer may order annual support at 10% of the Software licence fee, that is CNY 116,000 per year. This fee is fixed for the first three years after the warranty period. Each support year is ordered separately by the Buyer; there is no automatic renewal.
H:Article 7 Intellectual Property
P:7.1 The Software and all intellectual property in it remain with the Vendor and its licensors.
P:7.2 The Custom Deliverables, including the calibrated alloy data derived from the Buyer's measurements, belong to the Buyer upon payment. The Vendor shall deliver them in editable form, and the Buyer may use, modify and license them to its affiliates and contractors without further charge.
H:Article 8 Buyer Data and Security
P:8.1 Casting designs, process parameters, measurement results and simulation results of the Buyer ("Buyer Data") belong to the Buyer. The Vendor shall use Buyer Data only to perform this Agreement and shall not use it for any other purpose, including benchmarking or product development.
P:8.2 The Vendor shall access the Buyer's systems only on site or through remote sessions approved by the Buyer for each occasion, shall not copy Buyer Data outside the Buyer's network without written permission, and shall return or destroy any copies at the end of the work. The Vendor shall keep its remote-access tools patched and protected by multi-factor authentication.
P:8.3 The Vendor shall notify the Buyer within twelve hours after becoming aware of any unauthorised access to, or loss of, Buyer Data, shall cooperate in remedying it, and shall be liable for the Buyer's resulting losses.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public technical and business information received from the other party under this Agreement and shall use it only for this Agreement. This obligation continues for five years after the end of this Agreement.
P:9.2 Information that is public, already known to the recipient, independently developed or required to be disclosed by law is excluded.
H:Article 10 Delay and Liability
P:10.1 If the Vendor fails to meet a date in Article 5.1 for reasons not attributable to the Buyer, it shall pay liquidated damages of 0.1% of the total price for each day of delay, up to 10% of the total price.
P:10.2 The Vendor's total liability under this Agreement shall not exceed 150% of the total price. This limit does not apply to liability for personal injury, wilful misconduct, breach of Article 8 or Article 9, or infringement of third-party rights.
P:10.3 Neither party is liable for loss of profit or indirect loss, except in the cases excluded in Article 10.2.
H:Article 11 Infringement
P:11.1 The Vendor shall defend the Buyer against any claim that the Software or the Custom Deliverables infringe the intellectual property of a third party and shall pay the damages and costs awarded.
H:Article 12 Subcontracting and Assignment
P:12.1 The Vendor shall not subcontract any part of the services or assign this Agreement without the Buyer's prior written consent. The Vendor remains responsible for any approved subcontractor.
H:Article 13 Termination
P:13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within twenty days after receiving notice of the breach.
P:13.2 The Buyer may also terminate if the delay damages under Article 10.1 reach their maximum. On termination for the Vendor's breach, the Vendor shall refund the amounts paid for undelivered work.
H:Article 14 Force Majeure
P:14.1 A party prevented from performing by events beyond its reasonable control shall notify the other party promptly and is excused for the duration of the event. If the event lasts more than ninety days, either party may terminate this Agreement.
H:Article 15 Governing Law and Disputes
P:15.1 This Agreement is governed by the laws of France.
P:15.2 Any dispute arising out of this Agreement shall be finally settled under the Rules of Arbitration of the International Chamber of Commerce by three arbitrators. The seat of arbitration is Lyon, France, and the language is English.
H:Article 16 General
P:16.1 This Agreement, together with Annex 1 (Acceptance Test Plan) and Annex 2 (Training Plan), is the entire agreement of the parties. Amendments must be in writing and signed by both parties.
P:16.2 This Agreement is signed in two English originals, one for each party, and enters into force on signature.
P:For the Buyer: ____________________    For the Vendor: ____________________
P:Name and title:                       Name and title:
P:Date:                                 Date:
"""

H619E02 = """# Subscription Order Form

**Ouestmaint SAS — Order Form No. OM-2026-0187**

This Order Form consists of Part A (Order Details) and Part B (General Terms). By signing Part A, the parties agree to both Parts.

## Part A — Order Details

### A1. Parties

- **Provider:** Ouestmaint SAS, 14 quai de la Fosse, 44000 Nantes, France.
- **Customer:** Jiangsu Donghai Offshore Wind Operations Co., Ltd., Yancheng, Jiangsu Province, People's Republic of China.

### A2. Subscribed Service

Ouestmaint EAM Cloud, Enterprise edition: maintenance planning, work orders, spare-parts inventory, vessel and technician scheduling, mobile app for offshore technicians, and standard reporting. The Service is hosted for the Customer in a data centre in mainland China. Spare-parts forecasting, permit-to-work and HSE modules are not included in this order and may be added by a separate Order Form.

### A3. Subscription Term

24 months from the Go-Live Date, that is two subscription years. The Go-Live Date is the date of Go-Live Acceptance under B3.

### A4. Fees

| Item | Basis | Annual amount (CNY) | Total for the term (CNY) |
|---|---|---|---|
| Platform subscription, Enterprise edition | per year | 286,000 | 572,000 |
| Named users (180 × CNY 1,100) | per year | 198,000 | 396,000 |
| Onboarding and configuration | one-time | — | 64,000 |
| Data migration from the legacy system | one-time | — | 28,000 |
| **Total Contract Value** | | | **1,060,000** |

All fees are in CNY and include VAT. Additional named users may be added at CNY 1,100 per user per year, prorated.

### A5. Invoicing and Payment

- Subscription fees (CNY 121,000 per quarter) are invoiced quarterly in advance from the Go-Live Date and are payable within twenty days of invoice.
- The onboarding and data migration fees (CNY 92,000 together) are invoiced after Go-Live Acceptance and are payable within twenty days of invoice.
- No payment is due before the Go-Live Date.

### A6. Contacts and Signatures

Provider contact: Customer Success Manager, Asia desk. Customer contact: Head of Maintenance Systems.

For Provider: ____________________  Date: __________

For Customer: ____________________  Date: __________

## Part B — General Terms

### 1. Definitions

1.1 "Customer Data" means all data, files and information entered into or generated in the Service by or for the Customer, including asset registers, maintenance records, technician data and turbine performance data.

1.2 "Incident" means any event that makes the Service or a material part of it unavailable or unusable.

1.3 "Business Day" means a working day in the People's Republic of China.

### 2. Service and Onboarding

2.1 Provider shall provide the Service to the Customer during the Subscription Term in accordance with this Order Form and the documentation.

2.2 Provider shall carry out onboarding and configuration for the Customer's two operations bases and fourteen offshore wind farms, and shall migrate asset and work-order history from the Customer's legacy system, within ninety days after signature.

2.3 Provider shall keep the Service compatible with the current versions of the Chrome and Edge browsers and with Android and iOS versions released in the last three years, and shall announce major new releases at least twenty-one days before they are deployed.

### 3. Go-Live Acceptance

3.1 Provider shall notify the Customer when the Service is ready for acceptance testing.

3.2 Acceptance tests shall confirm that: (a) all configured workflows run as set out in the agreed configuration workbook; (b) migrated records match the legacy system in a full count and in a sample check of five hundred records with no material error; (c) the mobile app synchronises work orders after offline use; (d) page response time for standard screens is under three seconds for 150 concurrent users; and (e) the interface to the Customer's SCADA alarm system creates work orders automatically.

3.3 The Customer shall accept in writing or list the failures within ten Business Days. Provider shall fix the failures and repeat the tests. Use of the Service for training or testing is not acceptance.

### 4. Service Levels

4.1 Provider shall make the Service available at least 99.5% of the time in each calendar month, excluding scheduled maintenance announced at least five days in advance and performed between 22:00 and 06:00 China time.

4.2 Provider shall respond to Priority 1 Incidents (Service unavailable, or work orders cannot be created or closed) within one hour at any time of day or night, and shall restore service within six hours. Priority 2 Incidents shall be answered within three business hours.

4.3 If monthly availability falls below the commitment in 4.1, Provider shall credit the Customer 5% of that month's subscription fees; below 99.0%, 10%; below 98.0%, 20%. Each Priority 1 restoration that is more than two hours late earns a further credit of 2% of that month's subscription fees. Credits are deducted from the next invoice.

4.4 Provider shall provide support in Chinese and English through a ticket portal and a telephone hotline staffed by engineers in China. Provider shall send the Customer a monthly service report showing availability, Incidents, root causes and open actions.

### 4A. Customer Responsibilities

The Customer shall name a project lead, provide the legacy data extracts and the SCADA interface specification on time, take part in the acceptance tests, and make sure that its users keep their passwords secure. Delays caused by the Customer extend the period in 2.2 accordingly.

### 5. Customer Data

5.1 Customer Data belongs to the Customer. Provider may use Customer Data only to provide the Service to the Customer and for no other purpose.

5.2 Provider shall store Customer Data only in mainland China, encrypt it in transit and at rest, restrict access to named support staff with multi-factor authentication, keep access logs for one year, and comply with the Cybersecurity Law, the Data Security Law and the Personal Information Protection Law.

5.3 Provider shall notify the Customer of any security breach affecting Customer Data within eight hours after discovery, shall take remedial action and shall be responsible for losses caused by its breach of this clause.

5.4 Within sixty days after the end of the Subscription Term, Provider shall return all Customer Data in CSV and PDF formats and then delete it, and shall confirm the deletion in writing.

### 6. Confidentiality

Each party shall keep the other party's confidential information secret, use it only for this Order Form and protect it with at least reasonable care, during the Subscription Term and for five years thereafter.

### 7. Intellectual Property

7.1 Provider retains all rights in the Service and its software.

7.2 Configurations, report templates, interface mappings and documents prepared specifically for the Customer belong to the Customer, which may use and modify them freely and give them to other service providers.

### 8. Subcontractors

Provider may use the hosting provider, local support partners and other subcontractors listed on its subprocessor page to perform the Service. Provider will inform the Customer by e-mail of any addition or replacement at least fourteen days in advance. Provider remains responsible for its subcontractors.

### 9. Late Go-Live

If Go-Live Acceptance is not achieved within the period in 2.2 for reasons attributable to Provider, Provider shall pay the Customer 0.08% of the Total Contract Value for each day of delay, up to 8% of the Total Contract Value.

### 10. Liability

10.1 Each party's total liability under this Order Form is limited to 150% of the Total Contract Value.

10.2 The limit does not apply to breach of clause 5, breach of clause 6, personal injury or wilful misconduct.

### 11. Renewal

At the end of the Subscription Term, this Order Form renews automatically for successive renewal terms of one year each, unless either party gives written notice of non-renewal at least sixty days before the end of the current term. Provider may increase the fees for any renewal term by giving the Customer written notice at least forty-five days before that renewal term begins.

### 12. Termination

12.1 Either party may terminate this Order Form by written notice if the other party materially breaches it and fails to cure the breach within twenty days after notice.

12.2 The Customer may also terminate if monthly availability is below 98.0% in two consecutive months.

12.3 On termination for Provider's breach, Provider shall refund prepaid fees for the period after termination.

### 12A. Force Majeure

Neither party is liable for failure to perform caused by events beyond its reasonable control, such as natural disasters, war or government action, if it informs the other party promptly and does its best to limit the effects. A failure of Provider's hosting provider or a cyber attack that reasonable security measures would have prevented is not force majeure.

### 13. Governing Law and Disputes

This Order Form is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai.

### 14. Miscellaneous

Notices must be in writing and sent to the contacts in A6. This Order Form is the entire agreement on its subject, and changes must be signed by both parties. If anything in Part B conflicts with Part A, Part A prevails. Neither party may assign this Order Form without the other party's written consent.
"""

H619E03 = """T:Supply Contract for Vibration Sensors and Condition Monitoring Software
P:Contract No. JC-EQ-2026-0219
P:Buyer: Hubei Jingchu Paper Co., Ltd., Jingzhou, Hubei Province, People's Republic of China
P:Supplier: Alsavib SAS, 8 rue du Dome, 67000 Strasbourg, France
P:This Contract is made on the Buyer's standard terms for equipment and software purchases. The Buyer wishes to monitor the condition of the drives, rolls, fans and pumps of its two paper machines, and the Supplier agrees to supply sensors, gateways and monitoring software and to perform the related services on the following terms.
H:1. Definitions
P:1.1 "Equipment" means the wireless vibration and temperature sensors, edge gateways and accessories listed in clause 3.
P:1.2 "Software" means the Alsavib Monitor condition monitoring software, including its server, analytics and web client components, licensed under clause 9.
P:1.3 "Final Acceptance" means the Buyer's signature of the Final Acceptance Certificate under clause 6.
P:1.4 "Buyer Data" means all measurement data, alarm histories, machine configurations and reports generated by the Equipment and the Software at the Buyer's site.
H:2. Scope of Supply
P:2.1 The Supplier shall supply, install and commission 320 sensors on the measuring points listed in the Measuring Point Schedule, 24 edge gateways, and the Software on the Buyer's servers.
P:2.2 The Supplier shall configure fault models for bearing, gear, imbalance and misalignment faults for every monitored machine, connect the Software to the Buyer's distributed control system and maintenance system, and train the Buyer's staff.
H:3. Contract Price
P:3.1 The Contract Price is CNY 2,600,000, including VAT, delivery to the Buyer's mill, insurance and all services in this Contract. The breakdown is:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless vibration and temperature sensor, ATEX version|320|4,200|1,344,000
TB:2|Edge gateway with mounting kit|24|18,500|444,000
TB:3|Alsavib Monitor software, perpetual licence, server and 40 named users|1|520,000|520,000
TB:|Hardware and Licence Subtotal|||2,308,000
TB:4|Installation and commissioning|1|176,000|176,000
TB:5|Fault-model configuration and interfaces|1|94,000|94,000
TB:6|Training|1|22,000|22,000
TB:|Contract Price|||2,600,000
P:3.2 The prices are fixed for the duration of this Contract. The Hardware and Licence Subtotal is the basis for the support fee in clause 8.3.
H:4. Payment
P:4.1 10% of the Contract Price (CNY 260,000) within fifteen Working Days after signature, against an advance payment guarantee of the same amount.
P:4.2 55% of the Contract Price (CNY 1,430,000) after the Equipment has been delivered and installed and the Installation Certificate has been signed. The Installation Certificate confirms quantities and installation only and is not acceptance.
P:4.3 35% of the Contract Price (CNY 910,000) after Final Acceptance.
P:4.4 Each payment is due within twenty Working Days after the Buyer receives a correct VAT invoice.
H:5. Delivery
P:5.1 The Supplier shall deliver the Equipment within seventy days after signature and complete installation and commissioning within forty days after delivery, during the machine shutdowns scheduled by the Buyer.
P:5.2 The Supplier shall give the Buyer a delivery notice five days before each shipment and provide packing lists, certificates of origin, ATEX certificates and test reports with each shipment.
H:6. Acceptance
P:6.1 After commissioning, the system shall run for a trial period of sixty days.
P:6.2 Final Acceptance requires that: (a) at least 98% of the sensors transmit valid data every day during the last thirty days of the trial period; (b) the Software detects the faults created in the Buyer's test rig for the four fault types; (c) alarms reach the distributed control system within ten seconds; (d) work requests are created in the maintenance system from alarms; and (e) all documents in clause 5.2 and the as-built drawings have been delivered.
P:6.3 The Buyer shall sign the Final Acceptance Certificate or give a list of defects within ten Working Days after the trial period. The Supplier shall correct defects at its cost and the tests shall be repeated. Installation, use of the system or any payment is not acceptance.
H:7. Service Levels During Warranty
P:7.1 The Supplier shall provide a support hotline in Chinese. A Severity 1 fault means that the Software server or more than one gateway is out of service, or alarms are not sent. A Severity 2 fault means that individual sensors or functions have failed.
P:7.2 The Supplier shall respond to a Severity 1 fault within 30 minutes, arrive on site by the next day if remote repair is not possible, and restore operation within 48 hours. Severity 2 faults shall be answered within two hours and repaired within five Working Days.
P:7.3 For each hour by which the Supplier exceeds a Severity 1 response or restoration time, the Supplier shall pay CNY 1,200, which the Buyer may deduct from any amount due or claim under the performance guarantee.
H:8. Warranty and Support
P:8.1 The warranty period is 36 months from Final Acceptance. During the warranty period the Supplier shall repair or replace defective Equipment free of charge, including batteries that fail early, and provide Software updates and upgrades free of charge.
P:8.2 The Supplier shall keep spare sensors and gateways in China sufficient to replace any failed unit within three Working Days.
P:8.3 After the warranty period, the Buyer may order annual support at 7% of the Hardware and Licence Subtotal, that is CNY 161,560 per year, fixed for three years. Support is ordered year by year by the Buyer and does not renew automatically.
H:9. Licence and Intellectual Property
P:9.1 The Supplier grants the Buyer a perpetual, non-exclusive licence to use the Software at the Buyer's sites for its own operations. Embedded firmware remains the property of its owners.
P:9.2 Fault models, alarm thresholds, machine configurations, interface programs and reports prepared for the Buyer under this Contract belong to the Buyer, which may use and modify them freely and have them maintained by third parties.
H:10. Buyer Data and Security
P:10.1 Buyer Data belongs to the Buyer. The Supplier may use Buyer Data only to perform this Contract and shall not use it for product development or any other purpose, in identified or anonymised form.
P:10.2 The Software shall run on the Buyer's servers. The Supplier shall access them only through the Buyer's remote-access platform with per-session approval, shall not transfer Buyer Data outside the Buyer's network, and shall ensure that the gateways use encrypted communication and have no other outbound connection.
P:10.3 The Supplier shall report any security incident affecting the Equipment, the Software or Buyer Data within six hours, help the Buyer to contain it and compensate the Buyer for losses caused by the Supplier's breach of this clause.
H:11. Confidentiality
P:11.1 Each party shall keep confidential the other party's technical and commercial information received under this Contract, in particular the Buyer's production data and plant layout, and shall not disclose it to third parties without prior written consent. This obligation survives the Contract for five years.
H:12. Liquidated Damages and Liability
P:12.1 If the Supplier is late in delivery or in completing commissioning, it shall pay liquidated damages of 0.1% of the Contract Price per day of delay, up to 10% of the Contract Price.
P:12.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of clauses 10 and 11, which are not limited.
H:13. Subcontracting
P:13.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The Supplier remains fully responsible for approved subcontractors.
H:14. Termination
P:14.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within twenty days after notice, or if the liquidated damages reach their maximum.
P:14.2 On such termination the Supplier shall refund the amounts paid for Equipment and services that the Buyer rejects, and shall remove rejected Equipment at its own cost.
H:15. Safety on Site
P:15.1 The Supplier's staff shall follow the Buyer's site safety rules, including lock-out procedures on the paper machines and permits for work at height.
H:16. Training and Documentation
P:16.1 The Supplier shall train six of the Buyer's maintenance engineers as system administrators and twenty operators and technicians as users, on site and in Chinese, with course materials and a final test.
P:16.2 The Supplier shall deliver operating and administration manuals, installation records, the measuring point list with sensor serial numbers and as-built drawings, in Chinese and in editable electronic form.
H:17. Force Majeure
P:17.1 A party prevented from performing by force majeure shall notify the other party promptly and provide evidence. Time for performance is extended by the duration of the event. If the event lasts more than ninety days, either party may terminate this Contract by written notice.
H:18. Governing Law and Disputes
P:18.1 This Contract is governed by the laws of the People's Republic of China.
P:18.2 Disputes shall be submitted to the Wuhan Arbitration Commission for arbitration in Wuhan.
H:19. Final Provisions
P:19.1 This Contract is made in English and Chinese. Both versions have equal effect.
P:19.2 Annexes: Measuring Point Schedule; Technical Specification; Acceptance Test Plan.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

H619E04 = """# Managed Services Agreement

Agreement reference: GIS-MSA-2026-07

**Between:**

- **Shanghai Jinlan Wine & Spirits Distribution Co., Ltd.**, Minhang District, Shanghai, People's Republic of China ("Customer"); and
- **Garonne IT Services SAS**, 42 cours du Chapeau Rouge, 33000 Bordeaux, France, acting through its branch office in Shanghai ("Supplier").

**Background.** Customer imports and distributes wine and spirits across China and runs its business on an ERP system, a warehouse management system, an e-commerce order hub and related infrastructure. Customer wishes to outsource the operation and support of these systems to Supplier for a fixed term of 36 months. The contract with the current provider ends at the end of September 2026, and the transition must be complete by then.

## 1. Definitions and Structure

1.1 This Agreement consists of these clauses and Schedule 1 (Services), Schedule 2 (Service Levels and Service Credits) and Schedule 3 (Charges). If there is a conflict, the clauses prevail over the Schedules.

1.2 "Customer Data" means all data relating to Customer, its customers, suppliers, products, orders, stock and employees that Supplier receives or accesses in performing the Services.

1.3 "Services" means the transition services and the managed services described in Schedule 1.

1.4 "Service Commencement Date" means the date on which Customer confirms Transition Acceptance under clause 3.

## 2. Term

2.1 This Agreement begins on signature. The managed services run for 36 months from the Service Commencement Date.

2.2 The parties may extend this Agreement only by a written amendment signed by both of them. There is no automatic renewal.

## 3. Transition and Transition Acceptance

3.1 Supplier shall take over the Services from Customer's current provider within seventy-five days after signature, following the transition plan agreed in the first two weeks.

3.2 Transition Acceptance requires that: (a) all systems in Schedule 1 are documented in runbooks reviewed by Customer; (b) monitoring covers every server, database and interface listed in Schedule 1; (c) Supplier has completed a successful restore test of the ERP and warehouse databases; (d) the service desk has handled live tickets for ten Business Days in parallel with the current provider, meeting the Schedule 2 targets; and (e) knowledge transfer sessions are signed off by Customer's IT manager.

3.3 Customer shall confirm Transition Acceptance in writing or give reasons for refusal within five Business Days after Supplier's request. The start of parallel operation or any payment does not constitute acceptance.

## 4. Services and Service Levels

4.1 Supplier shall perform the Services with qualified staff and in accordance with good industry practice and Schedule 1.

4.2 Supplier shall meet the service levels in Schedule 2. If it misses them, Customer shall receive the service credits set out in Schedule 2, deducted from the next invoice. Service credits do not limit Customer's other remedies.

4.3 Supplier shall provide a monthly service report and attend a monthly service review with Customer's IT manager. The report shall show ticket volumes, service level results, credits due, open problems and planned changes.

4.4 Customer shall give Supplier timely access to its systems, sites and staff, keep its software licences with third-party vendors valid, and name an IT manager who can take decisions on the Services. Supplier is not responsible for failures caused by Customer's breach of this clause.

4.5 Any change to the scope of the Services shall be requested in writing. Supplier shall give a written proposal with effort, price and effect on the service levels within five Business Days, and no change is binding until both parties sign a change note. Minor configuration changes within the quarterly allowance in Schedule 1 do not require a change note.

## 5. Charges and Payment

5.1 The Charges are set out in Schedule 3. The Total Contract Value is CNY 2,200,000.

5.2 The transition fee is invoiced after Transition Acceptance. The monthly service charge is invoiced quarterly in arrears. Invoices are payable within twenty-five days after receipt of a correct VAT invoice. No advance payment is due.

5.3 The Charges are fixed for the term and include all travel, tools and licences needed by Supplier's staff.

## 6. Delay

If Transition Acceptance is not achieved within the period in clause 3.1 for reasons attributable to Supplier, Supplier shall pay Customer 0.02% of the Total Contract Value for each day of delay, up to 5% of the Total Contract Value.

## 7. Customer Data

7.1 Customer Data remains the property of Customer at all times. Supplier shall use Customer Data only to perform the Services and for no other purpose.

7.2 At the end of this Agreement, Supplier shall hand over all Customer Data and documentation to Customer or to a new provider named by Customer.

## 8. Confidentiality

8.1 Each party shall treat as confidential all business, technical and financial information of the other party that it receives under this Agreement, shall use it only for this Agreement and shall not disclose it to third parties without the other party's written consent, except to its professional advisers or as required by law.

8.2 This clause survives the end of this Agreement for five years.

## 9. Intellectual Property

Runbooks, scripts, monitoring rules, reports and other materials that Supplier prepares specifically for Customer belong to Customer, which may use and modify them freely and give them to any future provider. Supplier keeps its own pre-existing tools and grants Customer a free licence to use any of them embedded in those materials.

## 10. Personnel and Subcontracting

10.1 Supplier shall name a service delivery manager and keep key staff in place unless Customer agrees otherwise.

10.2 Supplier shall not subcontract any part of the Services without Customer's prior written consent. Supplier remains responsible for approved subcontractors.

10.3 Supplier's staff working at Customer's sites shall follow Customer's site rules and warehouse safety instructions.

## 11. Liability

11.1 Supplier's total liability under this Agreement is limited to 150% of the Total Contract Value.

11.2 The limit does not apply to personal injury, wilful misconduct, gross negligence or breach of clause 8.

## 12. Termination

12.1 Customer may terminate this Agreement by written notice if Supplier commits a material breach and does not remedy it within twenty days after notice, or if Supplier misses the Priority 1 resolution target more than three times in any quarter.

12.2 Either party may terminate if the other party becomes insolvent.

12.3 On expiry or termination, Supplier shall provide exit assistance for up to ninety days at the rates in Schedule 3, including knowledge transfer to the new provider. During exit assistance Supplier shall continue to meet the service levels in Schedule 2.

12.4 Termination does not affect rights and obligations that have already accrued.

## 13. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Shanghai Arbitration Commission.

## 14. General

Notices must be in writing. Changes to this Agreement must be signed by both parties. Neither party may assign this Agreement without the other's written consent. This Agreement is signed in English in two originals.

Signed for Customer: ____________________ Signed for Supplier: ____________________

## Schedule 1 — Services

| Service area | Scope | Hours |
|---|---|---|
| Service desk | Ticket logging, user support in Chinese and English for 260 users at head office, three warehouses and twelve regional sales offices | 08:00–20:00, seven days |
| ERP application support | Incident and problem management, month-end close support, user and role administration, minor configuration changes up to 60 hours per quarter | Business Days, on call outside |
| Warehouse management system | Monitoring of interfaces to handheld scanners and the ERP, label printer support, stock reconciliation jobs | 07:00–22:00, seven days |
| E-commerce order hub | Monitoring of order feeds from online marketplaces, error queue handling, interface restarts | Round the clock |
| Infrastructure | Servers, virtualisation, backup, databases and network devices at head office and warehouses; patching monthly | Round the clock monitoring |
| Reporting | Monthly service report, capacity report each quarter | Monthly |

## Schedule 2 — Service Levels and Service Credits

| Priority | Definition | Response | Resolution | Service credit per missed ticket |
|---|---|---|---|---|
| Priority 1 | ERP, warehouse system or order hub down, or orders cannot be shipped | 30 minutes | 6 hours | 2% of the monthly service charge |
| Priority 2 | Major function impaired, workaround exists | 1 hour | 1 Business Day | 0.5% of the monthly service charge |
| Priority 3 | Single user or minor issue | 8 business hours | 5 Business Days | none |
| Backup | Daily backups completed and verified | — | — | 1% per failed day |

Total service credits in any month are limited to 20% of that month's service charge.

## Schedule 3 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition fee | one-time, after Transition Acceptance | 112,000 |
| Monthly service charge | CNY 58,000 per month × 36 months | 2,088,000 |
| **Total Contract Value** | | **2,200,000** |
| Additional work and exit assistance | per engineer day | 3,800 |
"""

H619E05 = """DATA SUBSCRIPTION AGREEMENT

Agreement No. NLD-2026-CN-112

BETWEEN

Hangzhou Yunhai Cross-Border E-Commerce Co., Ltd., Binjiang District, Hangzhou, Zhejiang Province, People's Republic of China ("Customer")

AND

Nordline Data SAS, 5 rue Esquermoise, 59800 Lille, France ("Provider")

BACKGROUND

Provider collects and publishes product, price, promotion and availability data for consumer goods sold by retailers and marketplaces in Europe. Customer sells European consumer goods to buyers in China and wishes to receive this data through Provider's application programming interface (API) to plan its sourcing and pricing.

1. DEFINITIONS

1.1 "Data Feed" means the product catalogue, daily price and promotion data and weekly availability data for the categories and countries listed in clause 2.2, delivered through the API.

1.2 "Subscription Year" means each period of one year starting on the Start Date or on its anniversary. This Agreement has two Subscription Years.

1.3 "Start Date" means 1 July 2026.

1.4 "Customer Data" means the product lists, search queries, API keys, user accounts and any other data that Customer or its users provide to Provider or create through the API.

1.5 "Integration Services" means the services in clause 3.

2. SUBSCRIPTION

2.1 Provider grants Customer, for the two Subscription Years, a non-exclusive, non-transferable right to access the Data Feed through the API and to use it for Customer's internal sourcing, pricing and market analysis.

2.2 The Data Feed covers beauty and personal care, baby care, health supplements and small kitchen appliances, in France, Germany, Italy, Spain, the Netherlands and Belgium, with daily price updates from at least 180 retailers and marketplaces.

2.3 The subscription includes up to two million API calls per calendar month and ten named user accounts for Provider's web portal. Additional calls are charged under clause 4.3.

2.5 Provider shall keep price history for the covered products available through the API for at least twenty-four months back.

2.4 Customer may not resell the Data Feed or publish it in bulk, but may use extracts in its internal reports and share aggregated results with its affiliates in China.

3. INTEGRATION SERVICES

3.1 Provider shall help Customer connect the API to Customer's pricing system, map Provider's product categories to Customer's catalogue for about 22,000 products, and deliver sample code and documentation.

3.2 Integration acceptance requires that: (a) the full Data Feed for all six countries is received in Customer's system on five consecutive days; (b) at least 95% of Customer's mapped products are matched to Provider's product identifiers; (c) price fields reconcile with Provider's portal for a sample of three hundred products; and (d) the mapping table and documentation are delivered. Customer shall confirm acceptance or list the failures in writing within ten business days.

3.3 Provider shall make the Data Feed available to Customer by the Start Date.

3.4 Customer shall provide its product list and a test environment within ten business days after signature.

4. FEES AND PAYMENT

4.1 The fees are:

   Subscription fee, Subscription Year 1 ............. CNY 360,000
   Subscription fee, Subscription Year 2 ............. CNY 360,000
   Integration Services (one-time) ................... CNY 26,000
   Total Fees ........................................ CNY 746,000

4.2 The subscription fee for each Subscription Year is invoiced in two half-yearly instalments of CNY 180,000, each at the start of the half-year. The Integration Services fee is invoiced after integration acceptance. Invoices are payable within twenty-five days after receipt of a correct invoice. Fees include VAT and are paid in CNY.

4.3 API calls above the monthly allowance are charged at CNY 0.02 per call, invoiced monthly in arrears.

4.4 The fees are fixed for the two Subscription Years.

5. SERVICE AND SUPPORT

5.1 Provider will use commercially reasonable efforts to keep the API available and to deliver the daily price data each morning, European time.

5.2 Provider will answer support requests sent by e-mail to its support desk during its normal business hours in Lille and will try to resolve problems promptly.

5.3 Provider may carry out maintenance on the API from time to time and will try to announce major maintenance in advance on its portal.

5.4 Provider shall give Customer at least sixty days' notice before withdrawing a retailer, country or data field from the Data Feed, and shall replace withdrawn sources with comparable ones where it can. Changes to the API that are not backward compatible shall be announced at least ninety days in advance, and the old API version shall remain available during that period.

6. DATA QUALITY

6.1 Provider shall collect the Data Feed with reasonable skill and care, using the methods described in its data documentation, and shall correct errors that Customer reports.

6.2 Customer acknowledges that retailer prices change frequently and that the Data Feed reflects prices at the time of collection.

6.3 Provider shall publish a data quality report each quarter showing coverage by country and category, the share of products with a price update on each day and the number of corrections made.

7. CUSTOMER DATA AND SECURITY

7.1 Customer Data belongs to Customer. Provider shall use Customer Data only to provide the Data Feed and support to Customer and for no other purpose, and shall not sell it or use it for its own products, benchmarks or analyses.

7.2 Provider shall protect Customer Data with appropriate technical and organisational measures, including encryption in transit and at rest, access restricted to named staff, multi-factor authentication for administrative access, and logging of all access to Customer accounts.

7.3 Provider shall notify Customer of any security breach affecting Customer Data within one business day after becoming aware of it, shall take all reasonable steps to contain and remedy it, and shall be liable for the resulting losses of Customer.

7.4 On expiry or termination, Provider shall delete Customer Data within sixty days and confirm the deletion in writing.

7.5 Customer is responsible for keeping its API keys and passwords secure, for the acts of its users, and for telling Provider without delay if it suspects that a key has been misused. Provider shall revoke and replace a key on request on the same business day.

8. CONFIDENTIALITY

8.1 Each party shall keep confidential the other party's non-public information received under this Agreement, including the terms of this Agreement, and shall use it only for this Agreement.

8.2 This obligation continues for three years after this Agreement ends.

9. INTELLECTUAL PROPERTY

9.1 Provider retains all rights in the Data Feed, the API and its databases.

9.2 The category mapping table, connector code and reports prepared for Customer in the Integration Services, and all analyses Customer creates from the Data Feed, belong to Customer, which may use, modify and license them freely.

9.3 Customer may keep and use Data Feed extracts downloaded during the term for its internal purposes after the term ends.

10. DELAY

10.1 If the Data Feed is not available to Customer by the Start Date for reasons attributable to Provider, Provider shall pay Customer 0.1% of the Total Fees for each day of delay, up to 10% of the Total Fees, and the first Subscription Year shall be extended by the period of delay without charge.

11. LIABILITY

11.1 Provider's total liability arising out of or in connection with this Agreement, whether in contract, tort or otherwise, shall not exceed the fees paid by Customer in the six months preceding the event giving rise to the claim.

11.2 Neither party is liable for loss of profit, loss of business or indirect loss.

11.3 The limits in this clause do not apply to wilful misconduct or to breach of clause 7.

12. SUBCONTRACTING

12.1 Provider shall not subcontract the Integration Services or the handling of Customer Data without Customer's prior written consent. Provider remains responsible for any approved subcontractor.

13. TERM AND TERMINATION

13.1 This Agreement starts on signature and ends at the end of the second Subscription Year. It does not renew automatically; any further subscription requires a new written agreement.

13.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within twenty days after notice.

13.3 If Customer terminates for Provider's breach, Provider shall refund the fees paid for the period after termination.

13.4 Clauses 7, 8, 9 and 11 survive the end of this Agreement.

14. FORCE MAJEURE

14.1 Neither party is liable for delay or failure caused by events beyond its reasonable control, provided that it informs the other party promptly. If such an event lasts longer than sixty days, either party may terminate this Agreement.

15. GOVERNING LAW AND DISPUTES

15.1 This Agreement is governed by the laws of the People's Republic of China.

15.2 Disputes shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen.

16. COMPLIANCE

16.1 Each party shall comply with the laws that apply to it in performing this Agreement, including export control, sanctions and anti-bribery laws. Provider confirms that the Data Feed contains no personal information and that it collects the data lawfully.

17. GENERAL

17.1 This Agreement is the entire agreement of the parties on its subject. Changes must be in writing and signed by both parties.

17.2 This Agreement is made in English in two originals.

Signed for Customer: ____________________   Date: __________

Signed for Provider: ____________________   Date: __________
"""

# ---------------------------------------------------------------------------------------------------- files
FILES = {  # key -> (file name, format)
    "h619z01": ("h619z01_drug_traceability_supervision_platform.pdf", "pdf"),
    "h619z02": ("h619z02_pv_glass_tempering_furnace_control_retrofit.docx", "docx"),
    "h619z03": ("h619z03_eldercare_stations_care_records_saas.txt", "txt"),
    "h619z04": ("h619z04_tendering_platform_annual_om_service.txt", "txt"),
    "h619z05": ("h619z05_rice_wine_fermentation_software_supplier_template.md", "md"),
    "h619e01": ("h619e01_casting_simulation_licence_lyon_vendor.pdf", "pdf"),
    "h619e02": ("h619e02_eam_saas_order_form_nantes_vendor.md", "md"),
    "h619e03": ("h619e03_vibration_sensors_monitoring_strasbourg_vendor.docx", "docx"),
    "h619e04": ("h619e04_managed_services_36_months_bordeaux_vendor.md", "md"),
    "h619e05": ("h619e05_retail_data_api_subscription_lille_vendor.txt", "txt"),
}
SOURCES = {"h619z01": H619Z01, "h619z02": H619Z02, "h619z03": H619Z03, "h619z04": H619Z04, "h619z05": H619Z05,
           "h619e01": H619E01, "h619e02": H619E02, "h619e03": H619E03, "h619e04": H619E04, "h619e05": H619E05}

# ---------------------------------------------------------------------------------------------------- labels
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]
G, S = "goods_or_licence", "service"

# key: (lang, category, terms in TERM_KEYS order, sla_clause, ld_stated, post_warranty_fee_capped | None,
#       acceptance_deemed_on_delivery, contract_value)
L = {
    "h619z01": ("zh", "software", [99.99, 0.5, True, "buyer", True, True, True, 0.1, None, 20, True, True, 24, 9,
                                   False, True, False, "PRC", G], True, True, True, False, 2250000),
    "h619z02": ("zh", "hardware", [None, 1, True, "buyer", True, True, True, 0.03, 60, 10, True, True, 24, 8,
                                   False, True, True, "PRC", G], True, True, True, False, 1810000),
    "h619z03": ("zh", "cloud", [99.5, 0.5, True, "buyer", True, False, True, 0.1, 200, None, True, None, None, None,
                                True, True, False, "PRC", S], True, True, None, False, 614000),
    "h619z04": ("zh", "services", [99.98, 0.25, True, "buyer", True, True, False, 0.1, None, None, True, None, None,
                                   None, False, False, False, "PRC", S], True, True, None, False, 798000),
    "h619z05": ("zh", "software", [None, 8, False, "supplier", True, True, True, None, None, 55, False, False, 6, 25,
                                   False, True, None, "PRC", G], True, False, True, True, 1480000),
    "h619e01": ("en", "software", [None, 2, True, "buyer", True, True, True, 0.1, 150, 20, True, True, 18, 10,
                                   False, True, False, "France", G], True, True, True, False, 1520000),
    "h619e02": ("en", "cloud", [99.5, 1, True, "buyer", True, True, True, 0.08, 150, None, True, None, None, None,
                                True, True, True, "PRC", S], True, True, None, False, 1060000),
    "h619e03": ("en", "hardware", [None, 0.5, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 36, 7,
                                   False, True, False, "PRC", G], True, True, True, False, 2600000),
    "h619e04": ("en", "services", [None, 0.5, True, "buyer", False, True, True, 0.02, 150, None, True, None, None,
                                   None, False, True, False, "PRC", S], True, True, None, False, 2200000),
    "h619e05": ("en", "cloud", [None, None, False, "buyer", True, True, True, 0.1, 6 / 24 * 100, None, True, None,
                                None, None, False, True, False, "PRC", S], False, True, None, False, 746000),
}
# design-only facts: forum outside mainland China; TCO inputs (fee base, annual post-warranty fee) for goods
FORUM_OUTSIDE = {"h619e01": True}
TCO_IN = {"h619z01": (1260000, 113400), "h619z02": (1546000, 123680), "h619z05": (1080000, 270000),
          "h619e01": (1160000, 116000), "h619e03": (2308000, 161560)}

DESIGN = {
    "h619z01": [],
    "h619z02": ["CR-LD-LOW", "CR-LIABILITY-CAP", "CR-SUBCONTRACT"],
    "h619z03": ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"],
    "h619z04": ["CR-CONFIDENTIALITY", "CR-TERMINATION"],
    "h619z05": ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT",
                "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
    "h619e01": ["CR-GOVERNING-LAW"],
    "h619e02": ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY", "CR-SUBCONTRACT"],
    "h619e03": [],
    "h619e04": ["CR-DATA-SECURITY", "CR-LD-LOW"],
    "h619e05": ["CR-LIABILITY-CAP", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
}
SEVERITY = {"CR-SLA-MISSING": "high", "CR-SLA-AVAILABILITY": "medium", "CR-SLA-RESPONSE": "medium",
            "CR-SLA-NO-REMEDY": "medium", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high",
            "CR-DATA-OWNERSHIP": "medium", "CR-CONFIDENTIALITY": "medium", "CR-LD-MISSING": "high",
            "CR-LD-LOW": "medium", "CR-LIABILITY-CAP": "medium", "CR-PREPAYMENT": "medium", "CR-ACCEPTANCE": "high",
            "CR-WARRANTY": "medium", "CR-POST-WARRANTY-FEE": "high", "CR-AUTO-RENEWAL": "medium",
            "CR-TERMINATION": "medium", "CR-SUBCONTRACT": "medium", "CR-GOVERNING-LAW": "low",
            "CR-TCO-SERVICE-SHARE": "medium"}
RISK = {"h619z01": "low", "h619z02": "medium", "h619z03": "medium", "h619z04": "medium", "h619z05": "high",
        "h619e01": "low", "h619e02": "medium", "h619e03": "low", "h619e04": "high", "h619e05": "high"}

# policy thresholds (defaults of §3/§4)
TH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
      "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
TCO_SHARE_TH, HORIZON = 40, 5


def label(key):
    lang, cat, vals, sla, ld_stated, capped, deemed, cv = L[key]
    terms = dict(zip(TERM_KEYS, vals))
    extra = {"sla_clause": sla, "ld_stated": ld_stated}
    if terms["contract_kind"] == G:
        extra["post_warranty_fee_capped"] = capped
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = cv
    return {"file": FILES[key][0], "language": lang, "category": cat, "expected_terms": terms,
            "expected_extra": extra, "expected_rules": sorted(DESIGN[key])}


def tco_share(key):
    t = label(key)["expected_terms"]
    base, fee = TCO_IN[key]
    years = max(0.0, HORIZON - t["warranty_months"] / 12)
    post = fee * years
    return post / (label(key)["expected_extra"]["contract_value"] + post) * 100


def derive(key):
    """Rules from the label, with my reading of policy §3."""
    lab = label(key)
    t, x = lab["expected_terms"], lab["expected_extra"]
    goods = t["contract_kind"] == G
    r = set()
    if not x["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < TH["availability_pct"]:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > TH["p1_response_hours"]:
        r.add("CR-SLA-RESPONSE")
    if x["sla_clause"] and not t["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not x["ld_stated"]:
        r.add("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < TH["ld_rate_per_day_pct"]:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < TH["liability_cap_pct"]:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > TH["prepayment_pct"]:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < TH["warranty_months"]:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > TH["post_warranty_fee_pct"]):
            r.add("CR-POST-WARRANTY-FEE")
        if tco_share(key) > TCO_SHARE_TH:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] is not None and t["governing_law"] != "PRC") or FORUM_OUTSIDE.get(key):
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    sev = {SEVERITY[x] for x in rules}
    return "high" if "high" in sev else "medium" if "medium" in sev else "low"


# ---------------------------------------------------------------------------------------------------- threshold scan
PATTERNS = [
    r"(?<![\d.])99\.9(?![\d])",
    r"(?<![\d.])(?:30|40|15|100)\s*(?:%|％|percent|per\s*cent)",
    r"百分之(?:三十|四十|十五|一百|百)(?![一二三四五六七八九十点])",
    r"(?<![\d.])0?\.05\s*(?:%|％)",
    r"万分之五(?![十])|千分之零点五",
    r"(?<![\d.,])4\s*(?:个)?(?:小时|hours?\b|hrs?\b|h\b)",
    r"(?<![A-Za-z-])four\s*(?:\(4\)\s*)?hours?",
    r"(?<![一二三四五六七八九十百零两])四个?小时",
    r"(?<![\d.,])12\s*(?:个)?(?:月|months?\b|-month)",
    r"(?<![A-Za-z-])twelve\s*(?:\(12\)\s*)?(?:-\s*)?months?",
    r"(?<![一二三四五六七八九十百零两])十二个?月",
]
MUST_HIT = ["99.9%", "99.9 %", "30%", "40 %", "15％", "100%", "15 per cent", "百分之三十", "百分之百", "0.05%",
            "万分之五", "4 hours", "4小时", "四小时", "4 个小时", "four hours", "12 months", "12个月", "十二个月",
            "twelve (12) months", "12-month"]
MUST_MISS = ["99.95%", "99.99%", "99.98%", "24小时", "二十四小时", "24 hours", "14 hours", "130%", "0.5%", "150%",
             "1.5%", "115%", "112 months", "2 months", "twenty-four hours", "fourteen days", "百分之三十五",
             "万分之五十", "0.08%", "1,200 hours"]


def scan(text):
    hits = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for p in PATTERNS:
            hits += [m.group(0) for m in re.finditer(p, variant, flags=re.I)]
    return hits


def self_test():
    for s_ in MUST_HIT:
        assert any(re.search(p, s_, flags=re.I) for p in PATTERNS), ("must hit", s_)
    for s_ in MUST_MISS:
        assert not any(re.search(p, s_, flags=re.I) for p in PATTERNS), ("must miss", s_)


# ---------------------------------------------------------------------------------------------------- read back
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(path).pages)
    return path.read_text(encoding="utf-8")


def size(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


# ---------------------------------------------------------------------------------------------------- sums
def check_sums():
    assert 1260000 + 690000 + 214000 + 86000 == 2250000 and 450000 + 1012500 + 787500 == 2250000
    assert 418000 + 365000 + 276000 + 198000 + 289000 == 1546000 and 1546000 + 184000 + 62000 + 18000 == 1810000
    assert 181000 + 633500 + 905000 + 90500 == 1810000 and round(1546000 * 0.08) == 123680
    assert 50 * 4800 == 240000 and 2 * 240000 + 96000 + 38000 == 614000 and 8 * 60000 == 480000
    assert 528000 + 156000 + 114000 == 798000 and 4 * 199500 == 798000
    assert 480000 + 260000 + 220000 + 120000 == 1080000 and 1080000 + 326000 + 74000 == 1480000
    assert 814000 + 666000 == 1480000 and round(1480000 * 0.55) == 814000 and 1080000 * 25 // 100 == 270000
    assert 1160000 + 268000 + 54000 + 38000 == 1520000 and 1160000 // 10 == 116000
    assert 286000 + 180 * 1100 == 484000 and 2 * 484000 + 64000 + 28000 == 1060000 and 8 * 121000 == 968000
    assert 320 * 4200 == 1344000 and 24 * 18500 == 444000 and 1344000 + 444000 + 520000 == 2308000
    assert 2308000 + 176000 + 94000 + 22000 == 2600000 and 260000 + 1430000 + 910000 == 2600000
    assert round(2308000 * 0.07) == 161560
    assert 58000 * 36 + 112000 == 2200000 and 12 * 174000 == 58000 * 36
    assert 2 * 360000 + 26000 == 746000 and 2 * 180000 == 360000


# ---------------------------------------------------------------------------------------------------- main
if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    self_test()
    check_sums()
    for key, (name, fmt) in FILES.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(SOURCES[key].lstrip("\n"), encoding="utf-8")
            print("wrote", name)
    write({k: SOURCES[k] for k, v in FILES.items() if v[1] in ("docx", "pdf")},
          {k: v for k, v in FILES.items() if v[1] in ("docx", "pdf")}, OUT, wrap_words=True)

    covered = set()
    for key, (name, fmt) in FILES.items():
        lab = label(key)
        rules = derive(key)
        assert rules == sorted(DESIGN[key]), (key, rules, DESIGN[key])
        assert risk(rules) == RISK[key], (key, risk(rules))
        covered |= set(rules)
        t = lab["expected_terms"]
        for k_, th in TH.items():
            assert t[k_] is None or abs(t[k_] - th) > 1e-9, (key, k_)
        if key in TCO_IN:
            sh = tco_share(key)
            assert abs(sh - TCO_SHARE_TH) > 2, (key, sh)
        text = read_back(OUT / name)
        n = size(text, lab["language"])
        lo, hi = (2750, 3000) if lab["language"] == "zh" else (1450, 1650)
        assert lo <= n <= hi, (key, n)
        hits = scan(text)
        assert not hits, (key, hits)
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1),
                                                         encoding="utf-8")
        print("%s  %-5s %-6s size %5d  risk %-6s  %s%s" % (key, fmt, lab["language"], n, RISK[key],
              ", ".join(rules) or "(none)", ("  TCO share %.1f%%" % tco_share(key)) if key in TCO_IN else ""))
    assert len(covered) == 20 and covered == set(SEVERITY), sorted(set(SEVERITY) - covered)
    n_many = [k for k in FILES if 2 <= len(DESIGN[k]) <= 3]
    assert len(n_many) == 6 and 8 <= len(DESIGN["h619z05"]) <= 10 and DESIGN["h619e01"] == ["CR-GOVERNING-LAW"]
    assert [k for k in FILES if not DESIGN[k]] == ["h619z01", "h619e03"]
    print("all checks passed; rules covered:", len(covered))
