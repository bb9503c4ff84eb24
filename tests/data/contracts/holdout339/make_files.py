import sys; sys.dont_write_bytecode = True
"""holdout339: writes the ten blind ORDINARY draft contracts, their .json labels, and checks them.

Run from this folder: /work/main/.venv/bin/python -B make_files.py
.txt/.md are written as they are; .docx/.pdf are built with ../word_pdf.py write(..., wrap_words=True).
Every label is derived here from the stated facts, the expected rules are computed from the labels with the
policy.md thresholds, and the script asserts lengths, rule coverage and that no figure sits on a threshold.
"""
import json
import re
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------------------------------------------------------
# z01  商务局 对外贸易运行监测平台 (政府采购 公开招标, buyer's paper) — .pdf, 第X条 + 1.1 — compliant
# ---------------------------------------------------------------------------------------------------------------
Z01 = """T:澄州市对外贸易运行监测平台建设项目政府采购合同
P:合同编号：CZSW-ZFCG-2026-017　　采购方式：公开招标　　项目编号：CZCG2026-GK-0142
P:采购人（甲方）：澄州市商务局　　地址：澄州市滨湖区政务大道88号　　联系人：许文涛
P:供应商（乙方）：澄州数衡信息技术有限公司　　地址：澄州市高新区创业路16号数衡大厦
P:鉴于甲方就“澄州市对外贸易运行监测平台建设项目”依法组织公开招标，乙方经评标委员会评审被确定为中标供应商，双方依据《中华人民共和国民法典》《中华人民共和国政府采购法》及其实施条例，以及招标文件、乙方投标文件和中标通知书，经协商一致，订立本合同。招标文件、投标文件、中标通知书及双方确认的需求规格说明书均为本合同组成部分，内容不一致时以本合同条款为准。
H:第一条 项目内容
P:1.1 乙方为甲方建设对外贸易运行监测平台，包括重点外贸企业直报系统、海关及税务数据对接、进出口运行分析模型、风险预警模块和领导驾驶舱，并提供部署实施、数据迁移、培训及质保期内的运行维护服务。
P:1.2 平台部署于澄州市政务云，由甲方提供云资源；乙方负责应用软件、数据库软件的安装配置与联调，并完成与省级商务数据平台的接口联通。
P:1.3 乙方应组建不少于8人的项目团队，项目经理须具备信息系统项目管理师资格并在实施期间常驻甲方现场，未经甲方书面同意不得更换项目经理和技术负责人。
H:第二条 合同价款
P:2.1 本合同为固定总价合同，合同总价为人民币壹佰伍拾肆万元整（¥1,540,000.00），含税，包括软件许可、定制开发、实施、培训、质保期内服务以及乙方为履行本合同所需的全部费用。分项价格如下：
TB:序号|项目|数量|金额（元）
TB:1|数据采集与监测分析平台软件V3.0（永久许可）|1套|560,000
TB:2|国产关系型数据库软件（永久许可，4节点）|1套|118,000
TB:3|定制开发（企业直报、海关税务接口、分析模型、预警、驾驶舱）|1项|742,000
TB:4|部署实施及历史数据迁移|1项|96,000
TB:5|用户培训（三期）|1项|24,000
TB:合计|||1,540,000
P:2.2 上表第1、2项合计678,000元，为本合同的“软件许可小计”。
H:第三条 付款方式
P:3.1 合同签订并收到乙方开具的合法发票后10个工作日内，甲方支付合同总价的20%作为预付款，计308,000元。
P:3.2 系统完成部署并通过初步验收后，甲方支付合同总价的50%，计770,000元。
P:3.3 系统通过最终验收后，甲方支付合同总价的25%，计385,000元。
P:3.4 合同总价的5%计77,000元作为质量保证金，质保期满且乙方无未履行义务的，甲方在期满后15个工作日内无息退还。
H:第四条 交付与验收
P:4.1 乙方应在合同签订后120日内完成部署并提交初步验收申请。初步验收合格后系统进入试运行，试运行期为90日。
P:4.2 最终验收标准：（一）需求规格说明书所列功能逐项测试通过；（二）300个并发用户下综合查询响应时间不超过3秒；（三）与海关、税务及省级平台的接口连续运行20日数据对账一致；（四）通过第三方机构的网络安全等级保护测评；（五）试运行期内未发生一级故障；（六）源代码、技术文档和操作手册已移交。
P:4.3 甲方应在收到最终验收申请后15个工作日内组织验收并出具书面验收报告。系统上线运行、甲方使用或支付部分款项，均不视为验收合格。
P:4.4 乙方应在初步验收前提交部署方案、数据迁移报告、功能和性能测试报告及安全自查报告；最终验收时另行提交系统运维手册、数据字典和应急预案。
H:第五条 质量保证与售后服务
P:5.1 质保期为三年，自最终验收合格之日起计算。质保期内乙方免费提供软件缺陷修复、版本升级、接口适配和技术支持。
P:5.2 质保期内平台月度可用率不低于99.95%（计划内维护经甲方同意的除外）。
P:5.3 故障分级及响应：一级故障（平台整体不可用或数据采集中断）乙方应在30分钟内响应，2小时内到达现场，8小时内恢复；二级故障2小时内响应，24小时内解决；三级故障在下一个工作日内处理。
P:5.4 乙方响应或恢复超时的，每超时1小时扣减质量保证金800元；月度可用率每低于承诺值0.01个百分点，扣减1,000元。扣减不足部分由乙方另行支付。
P:5.6 乙方每季度向甲方提交一次运行维护报告，内容包括系统可用率、故障处理记录、安全检查情况和优化建议，并参加甲方组织的季度工作会议。
P:5.5 质保期满后，甲方可选择由乙方继续提供运行维护服务，年度维护费不超过软件许可小计的8%，即每年不超过54,240元，前两个服务年度按此价格执行，不因任何原因上调。维护服务另行签订合同，不自动续期。
H:第六条 知识产权
P:6.1 乙方为本项目定制开发的程序、源代码、分析模型、接口程序及相关文档的知识产权归甲方所有，甲方有权自行或委托第三方使用、修改和再开发。
P:6.2 第2.1条所列平台软件及数据库软件的知识产权归其权利人所有，甲方获得永久、不可撤销的使用许可。乙方保证所提供成果不侵犯第三方权利，否则由乙方承担全部责任。
H:第七条 数据安全
P:7.1 平台采集、处理的企业直报数据、海关和税务数据及其衍生数据均归甲方所有，乙方仅可为履行本合同使用，不得留存、复制或向任何第三方提供。
P:7.2 乙方应按网络安全等级保护第三级要求落实访问控制、数据加密、操作审计和日志留存措施，远程运维须经甲方审批并通过堡垒机进行。
P:7.3 发生或可能发生数据泄露、篡改、丢失的，乙方应在2小时内报告甲方并采取补救措施；因乙方原因导致数据安全事件的，乙方承担全部赔偿责任及由此产生的行政责任。
H:第八条 保密
P:8.1 乙方对履行本合同知悉的甲方工作秘密、企业商业信息及未公开的统计数据负有保密义务，未经甲方书面同意不得披露。保密义务不因本合同终止而解除。
H:第九条 违约责任
P:9.1 乙方逾期交付或逾期通过验收的，每逾期一日按合同总价的千分之一向甲方支付违约金，违约金累计不超过合同总价的10%。
P:9.2 甲方无正当理由逾期付款的，按逾期金额每日万分之二支付违约金。
H:第十条 分包与转让
P:10.1 招标文件未允许分包，乙方不得将本项目分包或转包给任何第三方。
H:第十一条 合同解除
P:11.1 乙方逾期超过30日，或存在其他严重违约行为经甲方书面催告后15日内未纠正的，甲方有权书面通知解除合同，并要求乙方返还已付款项、承担违约责任。
H:第十二条 法律适用与争议解决
P:12.1 本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十三条 其他
P:13.1 本合同一式六份，甲方四份、乙方二份，自双方签字盖章之日起生效，并报同级财政部门备案。
P:13.2 本合同未尽事宜，双方可签订书面补充协议，补充协议与本合同具有同等法律效力。
P:甲方（盖章）：澄州市商务局　　　　乙方（盖章）：澄州数衡信息技术有限公司
P:法定代表人或授权代表：　　　　　　法定代表人或授权代表：
P:签订日期：2026年　月　日　　　　　签订日期：2026年　月　日
"""

# ---------------------------------------------------------------------------------------------------------------
# z02  橡胶厂 硫化机组控制系统改造 + 质保期后维保 — .docx, 一、/（一）, Word price table
# ---------------------------------------------------------------------------------------------------------------
Z02 = """T:硫化机组控制系统改造项目合同书
P:合同编号：TY-SB-2026-0309
P:甲方（买方）：山东泰岳橡胶制品有限公司　　住所：山东省临沂市罗庄区化工园区泰岳路1号
P:乙方（卖方）：青岛恒拓自控工程有限公司　　住所：山东省青岛市城阳区锦宏东路77号
P:甲方二车间现有24台双模轮胎硫化机的控制系统已运行十余年，温度、压力控制精度下降，备件停产。乙方根据甲方技术规格书提交了改造方案及报价，经甲方比选确定由乙方承担本次改造。双方根据《中华人民共和国民法典》，就设备供货、安装调试及后续维保事宜达成如下协议。
H:一、改造范围
P:（一）更换24台硫化机的PLC控制柜、触摸屏及温度压力测控模块，新建车间工业光纤环网。
P:（二）部署硫化工艺监控软件及服务器，实现硫化曲线实时监控、工艺配方下发、异常报警和批次追溯。
P:（三）开发与甲方现有ERP、质检系统的数据接口，编制新的PLC工艺程序。
P:（四）拆除旧系统、分批停机切换、安装调试、培训，以及质保期内和质保期满后的维保服务。
P:（五）乙方应编制停机切换计划，报甲方生产部确认后执行；切换期间每台机组的停机时间不得超过甲方书面确认的时长，切换后须经甲方工艺员确认试硫化合格方可恢复生产。
H:二、合同价格
P:（一）本合同总价为人民币贰佰零壹万捌仟元整（¥2,018,000），含13%增值税，含运输、保险、安装、调试、培训等全部费用。明细见下表：
TB:序号|名称|规格/数量|单价（元）|金额（元）
TB:1|PLC控制柜（含CPU、I/O模块、电源）|24套|38,500|924,000
TB:2|工业触摸屏HMI 12英寸|24台|6,800|163,200
TB:3|温度、压力变送器及测控模块|24套|9,200|220,800
TB:4|工业交换机及光纤环网材料|1批|86,000|86,000
TB:5|硫化工艺监控软件（永久许可）|1套|168,000|168,000
TB:6|监控服务器（含操作系统）|2台|48,000|96,000
TB:软硬件小计|||1,658,000|
TB:7|拆旧、安装、分批切换调试|1项|214,000|214,000
TB:8|PLC工艺程序及配方管理定制开发|1项|128,000|128,000
TB:9|操作及维护培训|1项|18,000|18,000
TB:合计|||2,018,000|
P:（二）上表第1至6项合计1,658,000元，以下称“软硬件小计”。
H:三、付款
P:（一）合同生效后7日内，甲方支付合同总价的10%，计201,800元。
P:（二）全部设备到货并完成安装调试后，甲方支付合同总价的50%，计1,009,000元。到货签收及安装调试完成均不代表甲方对质量的验收。
P:（三）项目通过最终验收后，甲方支付合同总价的35%，计706,300元。
P:（四）其余5%计100,900元作为质量保证金，质保期满后无息支付。
H:四、交货、安装及验收
P:（一）乙方应在合同生效后45日内将全部设备运至甲方二车间，并按甲方生产计划分批停机切换，每批不超过4台，全部切换在合同生效后90日内完成。
P:（二）验收标准：1.硫化温度控制偏差不超过±1℃，压力控制偏差不超过±0.02MPa；2.24台机组连续72小时带料生产无控制故障；3.工艺配方下发、报警、批次追溯功能逐项测试合格；4.与ERP、质检系统接口数据核对一致；5.程序源文件、电气图纸、操作手册移交完毕。
P:（三）甲方收到验收申请后10个工作日内组织验收并签署最终验收报告。设备投入生产使用不视为验收合格。
P:（四）每批机组切换完成后，乙方应提交调试记录及温压曲线，甲方设备部进行复核，复核意见作为最终验收的依据之一。
H:五、质量保证
P:（一）质保期为十八个月，自最终验收合格之日起计算。质保期内设备及软件出现质量问题，乙方免费维修或更换。
P:（二）故障分级：一级故障指任一硫化机因控制系统原因停机或工艺监控软件全面中断，乙方应在30分钟内电话响应，2小时内派工程师到场，8小时内恢复生产；二级故障2小时内响应，24小时内到场处理。
P:（三）乙方响应或到场超过上述时限的，每迟延1小时向甲方支付500元；因控制系统故障造成整批轮胎报废的，乙方按报废胶料成本赔偿。
P:（四）质保期内乙方每季度进行一次巡检并提交巡检报告，检查内容包括控制柜除尘、接线紧固、传感器校准和程序备份。
H:六、质保期满后的维保服务
P:（一）质保期满后，乙方连续四个服务年度为甲方提供维保服务，内容包括驻厂工程师一名、季度预防性维护、备品备件更换及软件升级。
P:（二）维保年费按软硬件小计的28%计取，即每个服务年度464,240元，四个服务年度内固定不变。维保费于每个服务年度结束后经甲方考核合格支付。
P:（三）维保服务期满后，是否续签由双方另行协商，不自动续期。
P:（四）维保期内的故障响应、到场时限及迟延责任，按本合同第五条第（二）项、第（三）项执行。
H:七、违约责任
P:（一）乙方逾期交货或逾期完成切换调试的，每逾期一日按合同总价的千分之一支付违约金，累计不超过合同总价的10%。
P:（二）甲方逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。
P:（三）乙方在本合同项下的赔偿责任总额以合同总价的1.5倍为限，但因乙方故意、重大过失、人身伤亡或违反第八条、第九条造成的损失不受此限。
H:八、生产数据安全
P:（一）硫化工艺配方、工艺参数、生产及质量数据归甲方所有，乙方不得复制、带离或用于本合同以外的任何目的。
P:（二）改造后的工控网络与办公网络物理隔离，乙方远程维护须经甲方设备部审批，通过甲方提供的专用通道进行并全程记录；乙方人员不得在工控主机上使用未经甲方检查的移动存储介质。
P:（三）发现病毒感染、数据泄露或异常访问，乙方应在2小时内通知甲方并配合处置；因乙方原因造成数据泄露或生产损失的，由乙方承担赔偿责任。
H:九、保密
P:（一）双方对在合作中获得的对方技术资料和商业信息负有保密义务，未经对方书面同意不得向第三方披露，保密期限至本合同终止后三年。
H:十、知识产权
P:（一）乙方为本项目编制的PLC工艺程序、配方管理程序、接口程序及其源文件、电气图纸归甲方所有，甲方可自行修改和使用。工艺监控软件的著作权归其权利人，甲方获得永久使用许可。
H:十一、分包
P:（一）乙方不得转包。电缆敷设等辅助施工确需分包的，须事先取得甲方书面同意，乙方对分包部分承担连带责任。
H:十二、合同解除
P:（一）乙方逾期超过20日，或设备质量严重不符合约定且在甲方通知后10日内未能改正的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
H:十三、争议解决
P:（一）本合同适用中华人民共和国法律。争议协商不成的，提交临沂仲裁委员会仲裁。
H:十四、其他
P:（一）本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件：技术规格书、改造方案、设备清单。
P:（二）本合同未尽事宜，由双方另行协商并签订书面补充协议。
P:甲方（盖章）：山东泰岳橡胶制品有限公司　　　乙方（盖章）：青岛恒拓自控工程有限公司
P:授权代表：　　　　　　　　　　　　　　　　　授权代表：
P:日期：2026年　月　日　　　　　　　　　　　　日期：2026年　月　日
"""

# ---------------------------------------------------------------------------------------------------------------
# z03  连锁月子中心 (12 家) 护理记录及会员 SaaS + 实施 — .txt, 第X条 + （1）
# ---------------------------------------------------------------------------------------------------------------
Z03 = """护理记录及会员管理云服务合同

合同编号：AH-YY-2026-011

甲方（客户）：苏州安禾母婴健康管理有限公司
统一社会信用代码：91320594MA1XXXXXXX（以营业执照为准）
地址：江苏省苏州市工业园区星湖街328号

乙方（服务商）：广州云护信息科技有限公司
地址：广东省广州市天河区科韵路18号云护大厦9层

甲方在苏州、无锡、常州三市经营12家月子中心，需统一护理记录、母婴健康档案、房态及会员营销管理。乙方提供“云护”月子中心管理云平台（SaaS）。双方经友好协商，就甲方订阅该平台及乙方提供实施服务事宜订立本合同，共同遵守。

第一条 服务内容
（1）乙方向甲方12家门店开通云平台，模块包括：护理记录（产妇、新生儿护理评估及每日记录）、健康档案、房态与排班、会员及储值卡、营销活动和经营报表，另含护士端移动应用。
（2）实施服务包括：各门店历史客户及会员数据迁移、护理表单和流程配置、与甲方现有财务软件及微信小程序的接口开发、上线培训和上线首月驻店支持。
（3）平台由乙方部署在中国境内的阿里云华东节点，乙方负责平台的运行、维护和升级。
（4）乙方为甲方配备专属客户成功经理一名，负责需求对接、培训组织和季度服务回顾，并每季度到甲方总部现场沟通一次。

第二条 服务期限
（1）首个服务年度自平台上线验收合格之日起算，本合同初始服务期为三个服务年度。
（2）初始服务期届满前60日内任何一方未书面提出不续订的，本合同自动续期一个服务年度，此后亦同。每次续期时乙方有权上调订阅费，上调幅度不超过上一服务年度订阅费的8%，乙方应在续期前30日书面通知甲方调整后的价格。

第三条 费用
（1）订阅费：每家门店每个服务年度28,800元，12家门店合计每个服务年度345,600元，初始服务期合计1,036,800元。
（2）实施费：一次性126,000元，含数据迁移、配置、接口开发、培训及驻店支持。
（3）本合同初始服务期总金额为1,162,800元（含6%增值税）。
（4）门店数量增加的，新增门店按每个服务年度28,800元的标准按实际服务月份折算计费。
（5）除本合同约定的费用外，乙方不得以任何名义向甲方或甲方门店收取其他费用。

第四条 付款
（1）实施费在平台上线验收合格后15个工作日内一次付清。
（2）每个服务年度的订阅费在该服务年度开始后30日内支付。
（3）平台上线验收合格前，甲方无需支付任何款项。
（4）乙方应在甲方付款前开具合法有效的增值税专用发票。

第五条 上线验收
（1）乙方应在合同签订后75日内完成全部12家门店的上线准备并提交验收申请。
（2）验收标准：（一）历史客户、会员及储值余额迁移后逐户核对无差异；（二）合同附件所列功能逐项测试通过；（三）50个门店终端同时操作时，常用页面打开时间不超过3秒；（四）财务软件及小程序接口连续10日数据一致；（五）各门店完成护理人员培训并试用7日。
（3）甲方在收到验收申请后10个工作日内完成验收并签署验收确认书。门店开始使用平台不视为验收合格。
（4）乙方逾期完成上线验收的，每逾期一日按本合同总金额的千分之一向甲方支付违约金。
（5）上线后30日为质量观察期，乙方应安排实施顾问驻店支持，对发现的问题及时修正并记录。

第六条 服务水平
（1）平台月度可用率不低于99.5%，计划内维护应安排在凌晨1点至5点之间并提前48小时通知甲方。
（2）一级故障（护理记录或收银功能在全部或多家门店不可用）乙方应在1小时内响应，6小时内恢复；二级故障（单一门店或单一模块不可用）2小时内响应，24小时内恢复；三级故障（个别功能异常、咨询类问题）在2个工作日内处理完毕。
（3）月度可用率低于承诺值的，乙方按当月订阅费的一定比例给予服务抵扣：可用率低于99.5%但不低于99%的，抵扣5%；低于99%的，抵扣10%。一级故障响应每超时1小时，另抵扣2,000元。抵扣金额从下一期应付订阅费中扣除。
（4）乙方每月5日前向甲方提供上月服务报告，列明可用率、故障记录及处理情况。
（5）乙方应开通全天候服务热线，夜间护理高峰时段安排值班工程师，确保门店护理人员的问题能够得到及时处理。

第七条 数据权属与使用
（1）甲方在平台中录入、产生的产妇和新生儿护理记录、健康档案、会员资料及交易数据归甲方所有。
（2）甲方同意，乙方可对上述数据进行去标识化处理后，用于平台产品优化、护理模型训练以及编制和发布母婴护理行业分析报告，该使用权在本合同终止后继续有效。
（3）本合同终止后30日内，乙方应按甲方要求以通用格式导出并交付全部数据，并在甲方确认后删除平台中的甲方数据。

第八条 数据安全
（1）乙方应按网络安全等级保护第三级要求运营平台，对数据进行传输加密和存储加密，实行最小权限和操作日志审计，并每个服务年度提供一次第三方渗透测试报告。
（2）乙方应遵守《个人信息保护法》，母婴健康信息按敏感个人信息处理，乙方员工仅在处理甲方服务请求时经授权访问。
（3）发生数据泄露、篡改或丢失的，乙方应在24小时内书面通知甲方并采取补救措施；因乙方原因导致的安全事件，乙方承担甲方因此遭受的全部损失，包括对产妇及会员的赔偿和监管罚款。
（4）乙方每个服务年度配合甲方开展一次数据安全检查，对发现的问题应在15日内整改完毕并书面报告甲方。

第九条 保密
（1）双方对因本合同获知的对方商业秘密、价格信息、客户信息负有保密义务，未经对方书面同意不得向第三方披露，本条在合同终止后三年内持续有效。

第十条 知识产权
（1）云平台及其标准功能的知识产权归乙方所有。
（2）乙方为甲方定制的护理表单、报表、接口程序及其源代码归甲方所有，甲方可自行或委托第三方使用和修改。

第十一条 分包
（1）乙方不得将本合同项下服务整体转包；部分实施工作确需分包的，须事先征得甲方书面同意。

第十二条 责任限制
（1）任何一方在本合同项下的累计赔偿责任以本合同总金额的两倍为限，但因数据安全事件、侵犯知识产权或故意造成的损失除外。

第十三条 合同解除
（1）任何一方严重违约，经对方书面通知后15日内未予纠正的，守约方有权书面解除本合同。
（2）因乙方原因解除合同的，乙方应退还甲方已支付但尚未使用服务期间的订阅费，并承担违约责任。
（3）本合同到期或解除后，乙方应配合甲方将数据迁移至甲方指定的平台，提供不少于60日的过渡期支持，过渡期内平台按原标准运行且不另收费。

第十四条 法律适用及争议解决
（1）本合同适用中华人民共和国法律。
（2）因本合同引起的争议，双方应友好协商；协商不成的，提交苏州仲裁委员会仲裁。

第十五条 其他
（1）本合同附件包括：功能清单、实施计划、服务报告模板。
（2）双方联系人及联系方式见附件，变更的应提前书面通知对方。
（3）本合同一式两份，双方各执一份，自双方签章之日起生效。

甲方（盖章）：苏州安禾母婴健康管理有限公司
授权代表：
日期：2026年　月　日

乙方（盖章）：广州云护信息科技有限公司
授权代表：
日期：2026年　月　日
"""

# ---------------------------------------------------------------------------------------------------------------
# z04  市粮食和物资储备局 粮库智能化管理系统 年度运维 (政府采购 竞争性磋商) — .txt, 1. / 1.1
# ---------------------------------------------------------------------------------------------------------------
Z04 = """宁川市粮食和物资储备局
粮库智能化管理系统运维服务采购合同

项目名称：宁川市市级储备粮库智能化管理系统2026年度运维服务
采购方式：竞争性磋商
项目编号：NCCG-2026-CS-0058

采购人（甲方）：宁川市粮食和物资储备局
地址：宁川市西城区粮安路12号

成交供应商（乙方）：宁川仓联智能科技有限公司
地址：宁川市经济开发区智谷二期B座6层

根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目竞争性磋商文件、乙方响应文件和成交通知书，甲乙双方就粮库智能化管理系统运维服务事宜订立本合同。

1. 服务范围
1.1 服务对象为甲方所属7个库点的粮库智能化管理系统，包括粮情测控系统、智能通风与控温系统、出入库一卡通系统、视频监控与智能安防、库存识别代码系统及市级储备粮管理平台。
1.2 服务内容包括：日常巡检、故障处置、软件缺陷修复与适配升级、数据备份、设备保养、备品备件更换、配合省级平台对接和网络安全等级保护测评整改。
1.3 乙方派驻一名运维工程师常驻市级平台机房，其余库点按计划巡检并按需到场。
1.4 运维对象主要设备包括：粮情测控分机126台、测温电缆4,860根、智能通风控制柜58台、地磅9台、门禁及道闸21套、视频监控摄像机412路，详见附件2。

2. 服务期限
2.1 服务期自2026年1月1日起至2026年12月31日止。
2.2 服务期满本合同终止。下一服务年度的运维服务由甲方依法重新组织采购，本合同不自动续期。
2.3 服务期内乙方应保证服务连续，不得以任何理由中断服务；服务期满与下一服务商交接期间，乙方应配合完成交接。

3. 合同价款
3.1 本合同为固定总价，合同总价人民币伍拾柒万贰仟元整（¥572,000），明细如下：
（1）7个库点巡检维护：每库点42,000元，小计294,000元；
（2）市级平台驻场运维（1人）：168,000元；
（3）备品备件包干：74,000元；
（4）等保测评整改配合及系统适配升级：36,000元。
3.2 合同价款已包含人员、交通、工具、备件及税费等全部费用，服务期内不作调整。
3.3 服务期内如甲方新增库点或设备，双方另行协商签订补充协议，单价参照本合同标准执行。

4. 付款方式
4.1 本合同不设预付款。
4.2 合同价款按季度支付，每季度143,000元。每季度结束后，甲方依据第6条完成季度考核，考核合格后15个工作日内支付当季费用；考核扣款从当季费用中直接扣除。
4.3 乙方应在每季度结束后5个工作日内提交季度运维报告和合法有效的发票。

5. 服务要求
5.1 巡检：每库点每月巡检不少于1次，入仓、出仓作业高峰期每两周1次，巡检后3个工作日内提交巡检报告。
5.2 故障分级：
（1）一级故障：粮情测控系统或出入库一卡通系统在任一库点整体中断、粮温数据无法采集；
（2）二级故障：单个仓房测控中断、单台地磅或门禁异常；
（3）三级故障：个别终端、摄像机或报表功能异常。
5.3 响应时限：一级故障乙方应在8小时内响应并安排工程师赶赴现场，24小时内恢复；二级故障12小时内响应，48小时内恢复；三级故障在3个工作日内处理。
5.4 乙方应在每年3月31日前完成全部7个库点的年度全面检测和隐患整改，并提交整改报告。
5.5 数据备份：粮情及出入库数据每日增量备份、每周全量备份，备份介质由甲方保管。
5.6 人员要求：驻场工程师应具有3年以上粮库信息化运维经验，乙方另配备不少于4名巡检工程师，人员名单报甲方备案，更换人员须经甲方同意。
5.7 应急保障：在夏季高温、秋粮收购及储备粮轮换期间，乙方应增派人员并保持通讯畅通，必要时安排全天候值守。
5.8 乙方每月5日前提交上月运维月报，内容包括巡检情况、故障处置、备件使用、数据备份及存在问题和建议。
5.9 备品备件包干范围内的更换不另收费；包干范围以外的大型设备更换，由乙方报价经甲方书面确认后实施。

6. 考核与验收
6.1 甲方按季度对乙方进行考核，考核指标包括：巡检完成率、故障响应及恢复时限达标情况、备份完成情况、甲方各库点满意度评价。考核细则见附件1。
6.2 一级故障响应或恢复每超时1小时扣300元，二级故障每超时1小时扣100元；巡检漏检每次扣500元。
6.3 服务期满后10个工作日内，甲方依据全部季度考核结果和乙方提交的年度运维报告组织年度验收，出具验收意见。年度验收标准为：全年巡检完成率不低于98%，一级故障恢复时限达标率不低于95%，数据备份无缺失，年度检测及整改报告已提交，各库点评价为满意或基本满意。
6.4 季度考核连续两次不合格的，甲方有权要求乙方更换驻场人员。

7. 违约责任
7.1 乙方未按第5.4条约定期限完成年度全面检测和隐患整改，或未按甲方书面通知期限完成等保测评问题整改的，每逾期一日，按合同总价的万分之三向甲方支付违约金。
7.2 甲方无正当理由延迟付款的，按延迟金额每日万分之一支付违约金。
7.3 因乙方运维过失造成粮食损失的，乙方应据实赔偿。
7.4 乙方支付违约金或被扣款后，仍应继续履行本合同约定的义务。

8. 数据安全
8.1 系统中的粮情数据、库存数据、出入库记录和视频资料属于甲方，乙方仅可为履行运维服务使用。
8.2 乙方应遵守储备粮信息化管理和网络安全等级保护的要求，运维操作须在甲方指定终端上进行并留存日志，不得将任何数据复制至外部介质或外部网络。
8.4 服务期满或合同解除时，乙方应移交全部账号、密码和运维资料，并清除其持有的甲方数据，出具书面说明。
8.3 发生网络攻击、数据泄露或篡改事件的，乙方应在1小时内报告甲方并采取处置措施；因乙方原因造成的，乙方承担全部责任和由此产生的损失。

9. 保密
9.1 乙方对储备粮数量、库点分布、安防布置及其他涉及粮食安全的信息承担保密义务，乙方人员须签署保密承诺书。保密义务在本合同终止后继续有效。
9.2 乙方运维人员离岗时，应交回全部工作资料和门禁卡，乙方对其离岗人员的泄密行为承担责任。

10. 知识产权
10.1 乙方在服务期内为甲方编写的运维文档、巡检报告、脚本和配置文件归甲方所有。
10.2 乙方使用的第三方运维工具软件应具有合法授权，因侵权引起的纠纷由乙方负责。

11. 分包
11.1 乙方不得将本合同项下的服务分包或转包。

12. 合同解除
12.1 乙方严重违约，或季度考核连续三次不合格，经甲方书面通知后10日内仍未改正的，甲方有权解除本合同，并按实际服务期间结算费用。
12.2 甲方解除合同的，乙方应在10日内完成交接，配合甲方或新的服务商接手运维工作。

13. 争议解决
13.1 因履行本合同发生的争议，双方协商解决；协商不成的，依法向甲方所在地人民法院起诉。
13.2 诉讼期间，除争议部分外，双方应继续履行本合同。

14. 其他
14.1 磋商文件、响应文件、成交通知书为本合同的组成部分。
14.2 本合同附件：1.考核细则；2.运维设备清单；3.驻场及巡检人员名单。
14.3 本合同一式五份，甲方三份，乙方二份，经双方签字盖章后生效。

甲方（盖章）：宁川市粮食和物资储备局
乙方（盖章）：宁川仓联智能科技有限公司
签订日期：2026年　月　日
"""

# ---------------------------------------------------------------------------------------------------------------
# z05  辣椒酱厂 MES licence + 定制开发, supplier's own template — .md, "## 第X条" + 1.1, markdown price table
# ---------------------------------------------------------------------------------------------------------------
Z05 = """# 云帆MES软件许可及实施服务合同

（云帆标准合同文本 V4.0，版本日期2025年9月）

合同编号：YF-MES-2026-0217

**甲方**：遵义红椒坊食品有限公司
地址：贵州省遵义市汇川区高坪街道食品工业园8号

**乙方**：成都云帆智造软件有限公司
地址：四川省成都市高新区天府五街200号菁蓉汇3栋

甲方主要生产油辣椒、糍粑辣椒及火锅底料，拟建设生产执行系统（MES）。乙方为云帆MES软件的著作权人。甲方同意采用乙方标准合同文本，双方就软件许可及实施事宜签订本合同。

## 第一条 合同标的

1.1 乙方向甲方提供云帆MES标准版软件永久使用许可（50个并发用户），并根据甲方需求进行定制开发、部署实施和培训。

1.2 定制开发内容：辣椒原料验收及批次管理、炒制配方管理、灌装线数据采集对接、质检模块、从原料到成品的批次追溯。

1.3 乙方提供数据采集网关8台，用于连接炒锅、灌装机和金属检测机。

1.4 乙方负责系统部署所需的软件环境配置；服务器、网络设备、操作系统及数据库由甲方自行采购，并应满足乙方《部署环境要求》。

1.5 双方签字确认的《需求确认书》作为定制开发的依据，未列入《需求确认书》的功能不属于本合同范围。

1.6 乙方为甲方提供两期培训，每期不超过2天，培训对象为甲方系统管理员和关键用户。

## 第二条 合同价款

| 序号 | 项目 | 数量 | 金额（元） |
|---|---|---|---|
| 1 | 云帆MES标准版软件永久许可（50并发用户） | 1套 | 460,000 |
| 2 | 数据采集网关 | 8台 | 60,000 |
| 3 | 定制开发 | 1项 | 580,000 |
| 4 | 部署实施 | 1项 | 92,000 |
| 5 | 培训 | 1项 | 16,000 |
| | 合计 | | 1,208,000 |

2.1 合同总价为人民币壹佰贰拾万零捌仟元整（¥1,208,000），含税。

2.2 甲方需求变更导致工作量增加的，按乙方人天单价2,800元另行计费。

2.3 乙方人员按实施计划赴甲方现场发生的差旅费用已包含在合同总价中；超出实施计划的额外现场服务，按每人每天2,800元另行计费。

## 第三条 付款方式

3.1 合同签订后5个工作日内，甲方向乙方支付合同总价的50%作为预付款，即604,000元，乙方收到预付款后启动项目。

3.2 系统安装调试完成后5个工作日内，甲方支付合同总价的45%，即543,600元。

3.3 系统运行满两个月后，甲方支付剩余5%，即60,400元。

3.4 甲方逾期付款的，每日按逾期金额的千分之一支付违约金，乙方有权暂停服务直至款项付清。

3.5 乙方在收款前向甲方开具增值税专用发票。

## 第四条 交付与验收

4.1 乙方在收到预付款后150日内完成软件部署和定制开发，交付时间以乙方书面通知为准。

4.2 系统安装调试完成，即视为甲方验收合格。甲方在系统中录入正式生产数据的，亦视为验收合格。

4.3 乙方逾期交付的，每逾期一日按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的3%。

4.4 甲方应按乙方要求提供现场条件、基础数据和人员配合；因甲方原因导致延误的，交付时间相应顺延，乙方不承担违约责任。

4.5 《需求确认书》签字后甲方提出变更的，乙方有权重新评估工期和费用。

## 第五条 免费维护

5.1 自系统安装调试完成之日起，乙方提供六个月免费维护，包括远程技术支持和软件缺陷修复。

5.2 故障响应：一级故障（系统无法登录或生产数据无法采集）乙方在24小时内响应；其他故障在3个工作日内响应。

5.3 故障处理时间受多种因素影响，乙方不因响应或修复超时承担任何扣款、赔偿或违约金。

5.4 免费维护不包括以下情形：甲方自行修改系统配置或数据、硬件故障、操作系统及数据库问题、第三方软件问题、不可抗力以及甲方人员误操作造成的故障。

5.5 乙方远程支持时间为工作日9:00至17:30，节假日不提供支持。

5.6 甲方报告故障时，应通过乙方客服系统提交工单，并提供故障现象、截图和日志；未通过工单提交的故障不计入响应时间。

## 第六条 有偿维护

6.1 免费维护期满后，甲方如需继续获得技术支持和版本升级，应与乙方签订年度维护合同。

6.2 年度维护费按乙方届时公布的维护服务价格标准执行，乙方有权根据市场情况调整。

6.3 甲方未签订年度维护合同的，乙方不再提供技术支持，甲方亦不得获得软件版本升级。

## 第七条 知识产权

7.1 云帆MES软件及乙方为本项目开发的定制功能、配方管理模块、接口程序、源代码及相关文档的知识产权均归乙方所有。

7.2 甲方在本合同有效期内及之后获得上述成果的非独占、不可转让的使用权，仅限甲方内部使用，不得修改、反编译或提供给第三方。

7.3 甲方如需获得定制功能的源代码，应另行向乙方购买源代码授权。

## 第八条 数据

8.1 甲方在系统中产生的生产数据归甲方所有。

8.2 甲方同意乙方对系统运行数据和生产数据进行脱敏处理后，用于产品改进、行业工艺模型开发及向其他客户提供的数据分析服务。

8.3 合同终止后，乙方可保留甲方数据的备份副本，用于技术支持和产品改进。

## 第九条 分包

9.1 乙方可根据项目需要，将部分开发、实施或现场安装工作委托第三方完成，无需另行取得甲方同意。

## 第十条 责任限制

10.1 乙方在本合同项下的累计赔偿责任不超过合同总价的25%。

10.2 乙方不对甲方的间接损失、利润损失、停产损失及数据丢失承担责任。

10.3 因甲方提供的数据、资料不准确造成的损失，由甲方自行承担。

## 第十一条 合同解除

11.1 乙方严重违约且在收到甲方书面通知后30日内未纠正的，甲方可以解除本合同。

11.2 甲方逾期付款超过60日的，乙方可以解除本合同，已收款项不予退还。

11.3 合同因甲方原因解除的，甲方应停止使用云帆MES软件及定制功能，并删除全部安装副本。

## 第十二条 不可抗力

12.1 因地震、洪水、疫情、政府行为、电力或网络运营商故障等不可抗力导致不能履行的，受影响一方不承担责任，但应及时通知对方。

## 第十三条 争议解决

13.1 本合同适用中华人民共和国法律。

13.2 争议由乙方所在地人民法院管辖。

## 第十四条 其他

14.1 本合同未尽事宜以乙方《云帆MES产品服务说明》为准。

14.2 本合同附件包括《需求确认书》《实施计划》《部署环境要求》，与本合同具有同等效力。

14.3 本合同自双方盖章之日起生效，一式两份，双方各执一份。

甲方（盖章）：遵义红椒坊食品有限公司　　授权代表：　　日期：

乙方（盖章）：成都云帆智造软件有限公司　　授权代表：　　日期：
"""

# ---------------------------------------------------------------------------------------------------------------
# e01  Huizhou inkstick studio — mould-carving software, perpetual licences; Latvian vendor in Cēsis — .pdf,
#      Article N / N.N, price table printed as rows
# ---------------------------------------------------------------------------------------------------------------
E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. GRS-CN-2026-004
P:This Software Licence and Services Agreement (the "Agreement") is made between:
P:(1) Shexian Songyan Inkstick Studio Co., Ltd., a company established in the People's Republic of China with its registered office at No. 9 Yuliang Old Street, She County, Huangshan, Anhui Province (the "Buyer"); and
P:(2) Gauja Relief Software SIA, a company registered in the Republic of Latvia with its registered office at Rīgas iela 14, Cēsis, LV-4101, Latvia (the "Vendor").
P:Background
P:(A) The Buyer makes traditional Hui inksticks in carved wooden moulds and wishes to digitise its archive of historic mould patterns, design new relief patterns on screen and drive its CNC engraving machines directly from the finished designs.
P:(B) The Vendor develops and licenses CarveForm, a relief-modelling and engraving software product, and has offered to license CarveForm to the Buyer and to convert the Buyer's pattern archive into CarveForm relief models.
P:(C) At the Buyer's request all prices in this Agreement are stated and paid in Chinese yuan (CNY).
H:Article 1 Definitions
P:1.1 "Software" means CarveForm Studio version 7 and the CarveForm CNC Post-Processor module in object code, with their user documentation and any corrections and new versions supplied under this Agreement.
P:1.2 "Pattern Library" means the set of digital relief models, texture maps and CNC tool paths that the Vendor produces from the Buyer's historic mould patterns under Article 4, together with the index and the conversion report.
P:1.3 "Buyer Materials" means the photographs, rubbings, scans, measurements, physical moulds lent to the Vendor, design files and other information provided by or created for the Buyer, including all relief designs the Buyer creates with the Software.
P:1.4 "Final Acceptance" means the Buyer's written confirmation under Article 6.3 that the Software and the Pattern Library meet the acceptance criteria.
P:1.5 "Contract Price" means the total price set out in Article 3.1.
H:Article 2 Licence
P:2.1 The Vendor grants the Buyer a perpetual, non-exclusive, non-transferable licence to install and use the Software on six named workstations and two CNC control computers at the Buyer's premises in She County for the Buyer's own business.
P:2.2 The Buyer shall not decompile or reverse engineer the Software except as permitted by mandatory law, and shall not sublicense it to third parties.
P:2.3 The licence is fully paid once the Contract Price has been paid and does not depend on the purchase of any support or future version.
H:Article 3 Price
P:3.1 The Contract Price is CNY 460,000, inclusive of all taxes payable in the People's Republic of China, made up as follows:
TB:Item|Description|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|CarveForm Studio 7 perpetual licence|6 seats|38,500|231,000
TB:2|CarveForm CNC Post-Processor perpetual licence|2 seats|26,000|52,000
TB:Licence subtotal||||283,000
TB:3|Pattern Library conversion (420 historic mould patterns)|1 lot|148,000|148,000
TB:4|Remote installation, on-site configuration and training|1 lot|29,000|29,000
TB:Contract Price||||460,000
P:3.2 Items 1 and 2 together (CNY 283,000) are the "Licence Fee".
P:3.3 The Contract Price is fixed and covers all work needed to reach Final Acceptance.
H:Article 4 Pattern Library Conversion
P:4.1 The Buyer will provide photographs, rubbings and, where needed, the physical moulds for 420 historic patterns listed in Annex 1. Physical moulds remain the Buyer's property at all times and shall be returned in the condition received.
P:4.2 The Vendor shall convert each pattern into a relief model with a surface deviation of no more than 0.02 mm against a reference scan, add texture maps for the calligraphy and border work, and generate tested CNC tool paths for the Buyer's engraving machines.
P:4.3 The Vendor shall deliver the Pattern Library in three batches of 140 patterns. The Buyer will comment on each batch within ten working days, and the Vendor shall correct any pattern that the Buyer's master carver rejects with reasons.
P:4.4 The Vendor shall deliver the last batch no later than 150 days after the date of this Agreement.
H:Article 5 Payment
P:5.1 The Buyer shall pay 20% of the Contract Price (CNY 92,000) within 20 days after signature of this Agreement against the Vendor's invoice.
P:5.2 The Buyer shall pay 45% of the Contract Price (CNY 207,000) after the Software has been installed on all workstations and CNC control computers and the first batch of the Pattern Library has been delivered. This payment is not acceptance of any item.
P:5.3 The Buyer shall pay the remaining 35% of the Contract Price (CNY 161,000) within 30 days after Final Acceptance.
H:Article 6 Acceptance
P:6.1 After delivery of the last batch the Vendor shall run the acceptance tests set out in Annex 2 in the presence of the Buyer's staff.
P:6.2 The acceptance criteria are: (a) every one of the 420 patterns is present, indexed and within the tolerance of Article 4.2; (b) twenty patterns chosen by the Buyer are engraved on pear-wood test blocks with the generated tool paths without manual correction; (c) the Software runs on all licensed computers and exports to the Buyer's engraving machines; and (d) the documentation and the conversion report have been delivered.
P:6.3 If the criteria are met the Buyer shall issue a written Final Acceptance certificate within ten working days. If not, the Vendor shall correct the defects and repeat the tests. Installation, use of the Software in production or any payment does not by itself amount to acceptance.
H:Article 7 Warranty
P:7.1 The Vendor warrants for 18 months from Final Acceptance that the Software will perform substantially in accordance with its documentation and that the Pattern Library will meet the criteria of Article 6.2.
P:7.2 During the warranty period the Vendor shall correct reported defects and supply corrections and new versions of the Software free of charge.
P:7.3 Support requests are made by e-mail or through the Vendor's support portal in English or Chinese. The Vendor will use commercially reasonable efforts to answer and resolve support requests during its business hours in Latvia.
H:Article 8 Support after the Warranty
P:8.1 After the warranty period the Buyer may order annual support, covering defect correction, new versions and remote assistance, for up to three support years.
P:8.2 The annual support fee is 14% of the Licence Fee, that is CNY 39,620 per support year, fixed for those three support years.
P:8.3 Support is ordered by a written purchase order for each support year and does not renew automatically.
H:Article 9 Intellectual Property
P:9.1 The Vendor retains all rights in the Software.
P:9.2 All rights in the Pattern Library, including the relief models, texture maps, tool paths and index, vest in the Buyer upon creation. The Buyer may use, modify, reproduce and license the Pattern Library freely, including with other software.
P:9.3 The Buyer Materials belong to the Buyer. The Vendor shall not use any Buyer pattern or design in its own products, marketing or training material.
P:9.4 The Vendor shall defend and indemnify the Buyer against claims that the Software infringes the rights of a third party.
H:Article 10 Data Protection and Security
P:10.1 The Vendor shall process Buyer Materials only to perform this Agreement and shall keep them on encrypted storage with access limited to the named members of its conversion team.
P:10.2 Remote support sessions on the Buyer's computers require the Buyer's approval for each session and shall be logged. The Vendor shall not copy design files from the Buyer's computers except as needed to resolve a reported defect.
P:10.3 Within 30 days after Final Acceptance the Vendor shall return or delete all Buyer Materials in its possession and confirm the deletion in writing.
P:10.4 The Vendor shall notify the Buyer within 24 hours after becoming aware of any loss of, or unauthorised access to, Buyer Materials, shall take all reasonable steps to contain it, and shall be liable for the losses the Buyer suffers as a result.
H:Article 11 Confidentiality
P:11.1 Each party shall keep confidential all non-public information received from the other party, including the Buyer's patterns, recipes, designs and customer information and the Vendor's technical documentation, and shall use it only for this Agreement.
P:11.2 This obligation continues for seven years after the end of this Agreement, and for the Buyer's historic patterns without limit of time.
H:Article 12 Delay and Liability
P:12.1 If the Vendor fails to deliver the last batch of the Pattern Library by the date in Article 4.4, it shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price.
P:12.2 The total liability of the Vendor under this Agreement is limited to 150% of the Contract Price. This limit does not apply to liability under Articles 9.4 and 10.4, to damage to the Buyer's moulds, or to wilful misconduct.
H:Article 13 Subcontracting
P:13.1 The Vendor shall not subcontract any part of the conversion work or the installation without the Buyer's prior written consent and remains responsible for the work of any approved subcontractor.
H:Article 14 Termination
P:14.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving written notice of the breach.
P:14.2 If the Buyer terminates under Article 14.1, the Vendor shall refund the amounts paid for items not accepted and return all moulds and Buyer Materials.
H:Article 15 Governing Law and Disputes
P:15.1 This Agreement is governed by the laws of the Republic of Latvia.
P:15.2 Any dispute arising out of or in connection with this Agreement shall be settled by the courts of the Republic of Latvia, with Riga as the place of jurisdiction.
H:Article 16 General
P:16.1 This Agreement is made in English and Chinese; both texts are equally authentic. Annex 1 (Pattern list) and Annex 2 (Acceptance tests) form part of it.
P:Signed for the Buyer: ____________________ Date: __________
P:Signed for the Vendor: ____________________ Date: __________
"""

# ---------------------------------------------------------------------------------------------------------------
# e02  Jiuzhaigou eco-bus operator — ticketing SaaS, Order Form (Part A) + General Terms (Part B);
#      Lithuanian vendor in Anykščiai — .md, fee table
# ---------------------------------------------------------------------------------------------------------------
E02 = """# ORDER FORM AND GENERAL TERMS — TICKETFLOW CLOUD

Order Form No. SLT-OF-2026-031

## PART A — ORDER FORM

**Customer:** Jiuzhaigou Green Shuttle Transport Co., Ltd., No. 6 Pengfeng Road, Zhangzha Town, Jiuzhaigou County, Ngawa Prefecture, Sichuan Province, People's Republic of China.

**Vendor:** Šilelis Ticketing UAB, a company registered in Lithuania, Vilniaus g. 21, LT-29145 Anykščiai, Lithuania.

**Background.** The Customer runs the eco-bus service inside the scenic area, carrying visitors between the valley entrance and the lakes. It wishes to replace its on-premises ticketing software with the Vendor's cloud service for online sales, gate validation and passenger-flow reporting. This Order Form and the General Terms in Part B form one agreement (the "Agreement"). If they conflict, Part A prevails.

### A1. Services

A1.1 TicketFlow Cloud, the Vendor's hosted ticketing platform, covering online and window sales, timed boarding slots, QR validation at boarding gates, refunds, and daily and seasonal passenger-flow reports.

A1.2 The Gate Validation Module for 46 handheld and fixed validators at the valley entrance and the boarding stations.

A1.3 Onboarding: configuration of products, fares and boarding slots; integration with the scenic area's reservation system, WeChat Pay and Alipay; migration of open tickets and of three seasons of sales history; and training of window and gate staff.

### A2. Fees

All fees are stated and payable in Chinese yuan (CNY) at the Customer's request, and include taxes payable in the People's Republic of China.

| Item | Basis | Fee (CNY) |
|---|---|---|
| TicketFlow Cloud platform subscription | per Subscription Year | 268,000 |
| Gate Validation Module (46 validators) | per Subscription Year | 54,000 |
| Subscription fees for the Initial Term | 3 Subscription Years | 966,000 |
| Onboarding | one-time | 74,000 |
| **Total fees for the Initial Term** | | **1,040,000** |
| Ticket volume above 2,400,000 tickets in a Subscription Year | per ticket | 0.02 |

### A3. Term

A3.1 The first Subscription Year starts on the Go-Live Date. The Initial Term is three Subscription Years.

A3.2 The Agreement ends at the end of the Initial Term unless the parties sign a renewal order. Any renewal order will state its fees; without it nothing renews.

### A4. Invoicing and Payment

A4.1 Subscription fees for each Subscription Year are invoiced in four equal quarterly instalments at the end of each quarter of service.

A4.2 The Onboarding fee is invoiced after the Customer signs the Go-Live Acceptance certificate.

A4.3 No fee is payable before the Go-Live Date. Volume fees, if any, are invoiced at the end of each Subscription Year.

A4.4 The Customer pays each invoice within 30 days of receipt by bank transfer to the Vendor's account in CNY.

### A5. Onboarding Plan and Go-Live

A5.1 The parties target a Go-Live Date of 1 June 2026, ahead of the summer season. The Vendor will use commercially reasonable efforts to meet the target date and will keep the Customer informed of progress weekly.

A5.2 Go-Live Acceptance tests: (a) sale, refund and boarding of test tickets on every channel; (b) validation at all 46 validators, including offline operation and later synchronisation; (c) reconciliation of one full test day of WeChat Pay and Alipay payments with platform records; (d) a load test of 3,000 ticket sales per minute with a median page response below two seconds; (e) migration of open tickets checked against the old system's list.

A5.3 When the tests are passed the Customer signs the Go-Live Acceptance certificate. Use of the platform before signature is a trial and not acceptance.

### A6. Order Form Signatures

For the Customer: ____________________ Name / title: __________ Date: __________

For the Vendor: ____________________ Name / title: __________ Date: __________

## PART B — GENERAL TERMS

### B1. Provision of the Services

B1.1 The Vendor shall provide the Services described in the Order Form in accordance with this Agreement and the documentation.

B1.2 The Services are hosted for the Customer in a data centre located in mainland China operated by a cloud provider named in the Order Form annex.

B1.3 The Vendor may improve the Services from time to time but shall not reduce the functions ordered by the Customer.

B1.4 The Vendor shall provide a Chinese-speaking help desk by telephone and e-mail, with extended hours during the operating season from April to November and during the Spring Festival holiday.

B1.5 The Customer is responsible for its own validators, network connections at the boarding stations and the accounts of its staff, and shall keep user passwords secret.

### B2. Service Levels

B2.1 The Vendor shall make the platform available 99.95% of each calendar month, excluding maintenance windows announced at least three days ahead and held between 23:00 and 05:00 Beijing time.

B2.2 Incidents are classified as follows: Priority 1 — sales or gate validation unavailable at the valley entrance or at any boarding station; Priority 2 — a function impaired with a workaround; Priority 3 — other questions. The Vendor shall respond to Priority 1 incidents within 30 minutes, around the clock, and to Priority 2 incidents within two hours during the operating season.

B2.3 The Vendor shall report monthly on availability and incidents, including the cause of each Priority 1 incident and the measures taken to prevent it from happening again, and shall meet the Customer before each operating season to review the report and the season's capacity plan.

B2.4 The service levels in this Section B2 are the Vendor's performance targets. Failure to meet them does not entitle the Customer to service credits, fee reductions, damages or any other compensation.

### B3. Customer Data

B3.1 "Customer Data" means ticket, passenger, payment, validation and reporting data entered into or generated by the Services for the Customer.

B3.2 Customer Data belongs to the Customer. The Vendor shall use Customer Data only to provide the Services to the Customer and shall not analyse, aggregate, sell or disclose it for any other purpose.

B3.3 On expiry or termination the Vendor shall export all Customer Data in CSV format within 15 days and then delete it from its systems, confirming deletion in writing.

### B4. Data Security

B4.1 The Vendor shall protect Customer Data by encryption in transit and at rest, role-based access with multi-factor authentication for administrators, logging of administrative access, and daily backups kept in mainland China.

B4.2 The Vendor shall keep the Services compliant with MLPS level 2 and with the Personal Information Protection Law, and process passengers' personal information only on the Customer's instructions.

B4.3 The Vendor shall notify the Customer within 24 hours after becoming aware of a security incident affecting Customer Data, assist the Customer in meeting its legal duties, and bear the costs and losses caused by an incident for which it is responsible.

### B5. Confidentiality

B5.1 Each party shall keep the other party's confidential information secret, use it only for this Agreement and disclose it only to employees and advisers who need to know it and are bound by similar duties.

B5.2 This Section survives termination for three years.

### B6. Intellectual Property

B6.1 The Vendor owns the Services and the underlying software.

B6.2 Fare tables, reports, interface mappings and other configurations made for the Customer belong to the Customer, which may use, copy and modify them and give them to a successor provider.

### B7. Subcontracting

B7.1 The Vendor may use the cloud provider named in the Order Form annex. Any other subcontractor or sub-processor requires the Customer's prior written consent, and the Vendor remains responsible for it.

### B8. Limitation of Liability

B8.1 Neither party is liable for indirect or consequential loss or loss of profit.

B8.2 The aggregate liability of each party under this Agreement is limited to the fees paid by the Customer in the six months preceding the event giving rise to the claim.

B8.3 The limits in this Section do not apply to the Customer's payment obligations or to liability for fraud.

### B9. Termination

B9.1 Either party may terminate this Agreement by written notice if the other party commits a material breach that is not remedied within 30 days after written notice.

B9.2 On termination the Vendor shall refund any fees paid for services not yet provided and perform Section B3.3.

### B10. Governing Law and Disputes

B10.1 This Agreement is governed by the laws of the People's Republic of China.

B10.2 Disputes shall be submitted to the Chengdu Arbitration Commission for arbitration in Chengdu. The award is final and binding.

### B11. General

B11.1 Notices may be sent by e-mail to the contacts in the Order Form and are effective on receipt.

B11.2 Neither party may assign this Agreement without the other party's written consent, except to a successor of the Customer's eco-bus operation.

B11.3 Neither party is liable for a failure caused by events beyond its reasonable control, such as earthquakes, landslides or a general failure of public networks, provided it informs the other party promptly and resumes performance as soon as possible. Road closures inside the scenic area are not such an event for the Vendor's hosted services.

B11.4 The Customer may publicise the use of the Services only with the Vendor's consent, and the Vendor may name the Customer as a client only with the Customer's consent.

B11.5 This Agreement is the entire agreement of the parties on its subject matter and may be amended only in writing signed by both parties.
"""

# ---------------------------------------------------------------------------------------------------------------
# e03  Gansu apple orchard — cold-storage sensors on the buyer's paper; Slovak integrator in Levoča — .docx,
#      Section N / N.N, Word price table — compliant
# ---------------------------------------------------------------------------------------------------------------
E03 = """T:Supply and Installation Contract — Cold-Storage Monitoring System
P:Contract No. JHO-CS-2026-02
P:This Contract is made between Jingning Hongyuan Orchard Co., Ltd., a company incorporated in the People's Republic of China, with its registered address at Gucheng Village, Jingning County, Pingliang, Gansu Province (the "Buyer"), and Spiš Sensorik s.r.o., a company incorporated in the Slovak Republic, with its registered address at Námestie Majstra Pavla 41, 054 01 Levoča, Slovakia (the "Supplier").
P:Whereas the Buyer stores apples from its orchards in twelve controlled-atmosphere cold rooms and wishes to monitor temperature, humidity, ethylene and carbon dioxide in every room, with alarms to the duty staff; and whereas the Supplier has offered to supply, install and commission such a system on the Buyer's terms; the parties agree as follows. At the Buyer's request all prices are stated and paid in Chinese yuan (CNY).
H:Section 1 Scope of Supply
P:1.1 The Supplier shall supply the equipment and software listed in Section 2, install and calibrate it in the Buyer's cold-storage complex, integrate it with the Buyer's refrigeration controllers and duty telephones, and train the Buyer's staff.
P:1.2 The monitoring software shall be installed on the Buyer's own server in the Buyer's office building; no component of the system depends on a service hosted outside the Buyer's site, except text-message alarms sent through a mainland Chinese carrier chosen by the Buyer.
P:1.3 The Supplier shall deliver the design documentation, calibration certificates, wiring plans, configuration files and user and maintenance manuals in Chinese and English.
H:Section 2 Contract Price
P:2.1 The Contract Price is CNY 632,000, fixed, inclusive of delivery to site, import duties, taxes payable in the People's Republic of China, installation, calibration, training and all travel of the Supplier's staff.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Temperature and humidity sensor, food-grade housing|96|1,150|110,400
TB:2|Ethylene and CO2 sensor with auto-calibration|24|6,800|163,200
TB:3|LoRaWAN gateway, cold-rated|8|9,400|75,200
TB:4|Edge controller with local alarm unit|12|5,600|67,200
TB:5|Monitoring software, perpetual licence (unlimited users)|1|118,000|118,000
TB:Hardware and Licence Subtotal||||534,000
TB:6|Installation, cabling and calibration|1 lot|86,000|86,000
TB:7|Training of duty and maintenance staff|1 lot|12,000|12,000
TB:Contract Price||||632,000
P:2.2 Items 1 to 5 together are the "Hardware and Licence Subtotal" of CNY 534,000.
H:Section 3 Payment
P:3.1 An advance payment of 10% of the Contract Price (CNY 63,200) is payable within 15 days after signature, against the Supplier's invoice and an advance-payment bank guarantee of the same amount.
P:3.2 55% of the Contract Price (CNY 347,600) is payable within 20 days after the Installation Certificate under Section 4.4. The Installation Certificate is not acceptance.
P:3.3 The remaining 35% of the Contract Price (CNY 221,200) is payable within 20 days after the Final Acceptance Certificate under Section 5.3.
H:Section 4 Delivery and Installation
P:4.1 The Supplier shall deliver all equipment to the Buyer's site within 60 days after signature, with the certificates of origin and quality.
P:4.2 Installation shall be carried out room by room so that no more than two cold rooms are out of operation at any time, and shall be completed within 30 days after delivery.
P:4.3 The Supplier is responsible for export clearance in Slovakia, transport, import clearance in China and insurance until the equipment is handed over at the Buyer's site. Packaging shall protect the sensors against moisture and shall be removed by the Supplier.
P:4.4 When all equipment is installed and switched on, the parties shall sign an Installation Certificate recording the installed items and any open points.
H:Section 5 Acceptance
P:5.1 After installation the Supplier shall carry out the acceptance tests in Annex B in the presence of the Buyer's cold-storage manager.
P:5.2 The acceptance criteria are: (a) every temperature sensor within ±0.2 °C and every humidity sensor within ±2% RH of a calibrated reference at two set points; (b) ethylene and CO2 readings within the tolerances in Annex A; (c) alarms reach the duty telephone within 60 seconds of a threshold being crossed, tested in every room; (d) 21 consecutive days of operation without loss of data from any room; (e) documentation and training completed.
P:5.3 If all criteria are met, the Buyer shall issue the Final Acceptance Certificate within ten working days. Putting the system into operation, storing fruit in monitored rooms or making a payment does not mean acceptance.
H:Section 6 Warranty
P:6.1 The warranty period is 24 months from the date of the Final Acceptance Certificate. During this period the Supplier shall repair or replace, free of charge and including parts, labour and travel, any equipment or software that fails or does not perform as specified.
P:6.2 The Supplier shall keep a stock of spare sensors and one spare gateway at its service partner in Lanzhou during the warranty period.
P:6.3 The warranty does not cover damage caused by the Buyer's misuse, by physical impact from forklifts or bins, or by repairs made by third parties without the Supplier's approval.
H:Section 7 Service Levels
P:7.1 Severity 1 means loss of monitoring or alarms in one or more cold rooms that contain fruit. Severity 2 means a faulty sensor or a degraded function with monitoring still working in every room.
P:7.2 The Supplier shall respond to a Severity 1 fault within one hour by telephone and remote diagnosis and have a technician on site within 24 hours. Severity 2 faults shall be answered within one working day and repaired within five working days.
P:7.3 The monitoring software shall be available 99.95% of each month, measured on the Buyer's server, excluding outages caused by the Buyer's own infrastructure.
P:7.4 For each hour by which the Supplier exceeds a Severity 1 response or on-site time, the Supplier shall pay the Buyer CNY 600. If fruit is lost because of a warranty defect, the Supplier shall compensate the Buyer's loss within the limit of Section 12.
H:Section 8 Support after the Warranty
P:8.1 After the warranty period the Buyer may order annual support for up to three further years. The annual support fee is 10% of the Hardware and Licence Subtotal, that is CNY 53,400 per year, fixed for those three years and covering the same services and service levels as during the warranty.
P:8.2 Support is ordered year by year by written order and does not renew automatically.
H:Section 9 Intellectual Property
P:9.1 The configuration files, alarm rules, room dashboards and interface scripts prepared for the Buyer belong to the Buyer, which may use, modify and hand them to any other service provider.
P:9.2 The monitoring software remains the property of its licensor; the Buyer receives a perpetual licence for its site.
H:Section 10 Data
P:10.1 All readings, alarm records and reports generated by the system are the Buyer's data and belong to the Buyer. The Supplier may use them only to perform this Contract.
P:10.2 The Supplier shall access the Buyer's server only through a remote connection opened by the Buyer for each session, shall not copy data off site, and shall keep its service laptops encrypted and free of the Buyer's data after each visit.
P:10.3 The Supplier shall report any suspected loss of or unauthorised access to the Buyer's data within 12 hours, cooperate in the investigation and compensate the Buyer for losses caused by its breach of this Section.
H:Section 11 Confidentiality
P:11.1 Each party shall keep confidential the other party's commercial and technical information, including the Buyer's storage volumes, customers and prices, and shall not disclose it without prior written consent. This obligation survives termination for three years.
H:Section 12 Delay Damages and Liability
P:12.1 If the Supplier is late in delivery or in obtaining the Final Acceptance Certificate by the dates in this Contract, it shall pay delay damages of 0.08% of the Contract Price for each day of delay, up to 8% of the Contract Price.
P:12.2 The Supplier's total liability under this Contract is limited to twice the Contract Price, except for personal injury, wilful misconduct and breach of Sections 10 and 11.
H:Section 13 Subcontracting
P:13.1 The Supplier may use its Lanzhou service partner named in Annex C for installation and on-site service. Any other subcontracting requires the Buyer's prior written consent. The Supplier remains responsible for all subcontracted work.
H:Section 14 Termination
P:14.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 20 days after notice, or if delay damages reach their maximum.
P:14.2 On termination the Supplier shall refund amounts paid for items that have not been accepted.
H:Section 15 Governing Law and Disputes
P:15.1 This Contract is governed by the laws of the People's Republic of China.
P:15.2 Disputes shall be referred to the Lanzhou Arbitration Commission for arbitration in Lanzhou.
H:Section 16 Miscellaneous
P:16.1 Notices shall be given in writing to the addresses above, with a copy by e-mail to the project contacts named in Annex A.
P:16.2 Annexes: A (technical specification), B (acceptance tests), C (approved service partner). This Contract is signed in two originals in English and Chinese.
P:For the Buyer: ____________________ Date: __________
P:For the Supplier: ____________________ Date: __________
"""

# ---------------------------------------------------------------------------------------------------------------
# e04  Cixi small-appliance maker — managed print and scan service; Swiss provider in Glarus — .md, numbered
#      clauses with Schedules (priority and charges tables) — single low finding
# ---------------------------------------------------------------------------------------------------------------
E04 = """# MANAGED PRINT AND SCAN SERVICES AGREEMENT

Agreement reference: LDS-MPS-CN-0117

**Between**

**Cixi Hengfeng Small Appliances Co., Ltd.**, a company incorporated in the People's Republic of China, of No. 88 Xinxing Avenue, Cixi Economic Development Zone, Ningbo, Zhejiang Province ("Customer"); and

**Linthal Document Services AG**, a company incorporated in Switzerland, of Landstrasse 27, 8750 Glarus, Switzerland ("Provider").

**Recitals**

(A) Customer manufactures kettles, rice cookers and air fryers at two plants and an office building in Cixi and uses printed work orders, labels, quality records and scanned delivery notes throughout production.

(B) Customer wishes to replace its mixed fleet of printers and scanners with a single managed service, with scanning straight into its ERP and quality systems.

(C) Provider offers managed print and scan services in China through its service partner in Ningbo and has agreed to provide them on the terms below. At Customer's request all charges are stated and paid in Chinese yuan (CNY).

## 1. Definitions

1.1 "Devices" means the multifunction printers, label printers and document scanners listed in Schedule 1, which Provider supplies, owns and maintains.

1.2 "Services" means the supply, installation, maintenance, consumables, print-management software, scan workflows, help desk and reporting described in this Agreement.

1.3 "Customer Data" means all documents printed, copied or scanned with the Devices, the scan images and index data, the print logs and user accounts, and any other information of Customer that Provider handles.

1.4 "Rollout Date" means the date set out in clause 3.2.

## 2. Term

2.1 This Agreement starts on signature and the Services run for an Initial Term of 36 months from the Site Acceptance Certificate under clause 4.

2.2 The parties may extend the Services by a written amendment. Unless the amendment states otherwise, the charges during any extension stay as set out in Schedule 3. Nothing in this Agreement renews automatically.

## 3. Rollout

3.1 Provider shall survey each site, agree the placement of each Device with Customer, and remove Customer's old equipment with its hard disks handled under clause 7.4.

3.2 Provider shall install and configure all Devices, the print-management server on Customer's premises and the scan workflows into Customer's ERP and quality systems no later than 75 days after signature (the "Rollout Date").

3.3 If Provider misses the Rollout Date, it shall pay Customer CNY 900 for each day of delay until the Site Acceptance Certificate is issued, up to CNY 60,000.

## 4. Acceptance

4.1 Provider shall demonstrate at each site: (a) every Device prints, copies and scans as specified in Schedule 1; (b) secure release printing by staff badge works on every multifunction printer; (c) scanned delivery notes and quality forms arrive in the correct ERP folder with the correct index fields in 50 test documents per site; (d) usage reporting works; and (e) the old equipment has been removed with its disks handed over.

4.2 When all sites pass, Customer signs a Site Acceptance Certificate. Installation or use of the Devices is not acceptance.

## 5. Service Levels

5.1 Provider shall operate a help desk from 07:00 to 22:00 Beijing time, seven days a week, reachable by telephone, e-mail and the Customer portal in Chinese.

5.2 Incidents are classified and handled as set out in Schedule 2. Provider shall respond to a Priority 1 incident within one hour and restore the Service within six hours.

5.3 Provider shall keep at each plant a stock of consumables for at least ten working days and replenish it automatically.

5.4 Provider shall report monthly on incidents, response and restoration times, volumes and consumables.

5.5 If Provider misses a Priority 1 response or restoration time, Customer is entitled to a service credit of 5% of the Monthly Fleet Charge for each incident, and 2% for each missed Priority 2 time, up to 25% of the Monthly Fleet Charge in a month. Credits are deducted from the next invoice.

## 6. Charges and Payment

6.1 The charges are set out in Schedule 3. They include all Devices, consumables except paper, maintenance, parts, labour, software and help desk.

6.2 The Monthly Fleet Charge is invoiced monthly in arrears. The one-time Deployment Charge is invoiced after the Site Acceptance Certificate. Click charges above the included volumes are invoiced quarterly in arrears.

6.3 No charge is payable before the Site Acceptance Certificate.

6.4 Customer shall pay undisputed invoices within 30 days of receipt.

## 7. Customer Data and Security

7.1 Customer Data belongs to Customer. Provider shall process it only to provide the Services and shall not use, analyse or disclose it for any other purpose.

7.2 The print-management server and all scan images stay on Customer's premises in Cixi. Provider's remote access is permitted only through Customer's VPN with multi-factor authentication, is logged, and is opened by Customer's IT department for each maintenance session.

7.3 Every multifunction printer shall have an encrypted hard disk with automatic overwriting of job data, and secure release printing shall be enabled for all users.

7.4 When a Device or its hard disk is removed, the disk stays with Customer or is destroyed in the presence of Customer's staff, and Provider issues a destruction record.

7.5 Provider shall notify Customer within 12 hours after becoming aware of any unauthorised access to or loss of Customer Data, take immediate containment measures, and bear the losses and costs that Customer suffers as a result of an incident caused by Provider or its service partner.

## 8. Confidentiality

8.1 Each party shall keep confidential all information of the other party that is marked or obviously confidential, including Customer's product designs, customer lists, prices and production volumes, and shall use it only for this Agreement.

8.2 This obligation survives termination for three years.

## 9. Intellectual Property

9.1 Provider and its licensors keep all rights in the print-management software and the Device firmware.

9.2 The scan workflows, index templates, ERP connectors and reports configured for Customer belong to Customer, which may use, modify and give them to any later provider.

## 10. Subcontracting

10.1 Provider may use its service partner named in Schedule 1 for installation and on-site maintenance. Any other subcontractor requires Customer's prior written consent. Provider is responsible for the acts of its service partner and subcontractors as for its own.

## 11. Liability

11.1 Each party's total liability under this Agreement is limited to 150% of the total charges for the Initial Term set out in Schedule 3.

11.2 The limit does not apply to breach of clauses 7 and 8, personal injury or wilful misconduct.

## 12. Termination

12.1 Customer may terminate this Agreement by written notice if Provider commits a material breach that it does not remedy within 30 days after notice, or if Provider misses Priority 1 times more than three times in two consecutive months.

12.2 On termination Provider shall remove its Devices within 30 days, leaving all hard disks with Customer, and hand over all workflows and reports under clause 9.2.

## 13. Governing Law and Disputes

13.1 This Agreement is governed by the substantive law of Switzerland.

13.2 Any dispute arising out of or in connection with this Agreement shall be resolved by arbitration under the Swiss Rules of International Arbitration. The seat of arbitration is Zurich, Switzerland, and the language is English.

## 14. General

14.1 Changes to this Agreement are valid only if made in writing and signed by both parties.

14.2 This Agreement is made in English; a Chinese translation is provided for convenience.

14.3 Neither party may assign this Agreement without the other's written consent. Notices shall be sent in writing to the addresses above and by e-mail to the contract managers named by each party.

Signed for Customer: ____________________ Date: __________

Signed for Provider: ____________________ Date: __________

## Schedule 1 — Devices and Sites

| Site | A3 colour MFP | A4 mono MFP | Label printer | Production scanner |
|---|---|---|---|---|
| Plant 1 (kettles, rice cookers) | 4 | 14 | 10 | 3 |
| Plant 2 (air fryers) | 3 | 11 | 8 | 2 |
| Office building | 5 | 8 | 0 | 2 |
| Total | 12 | 33 | 18 | 7 |

Approved service partner: Ningbo Yinzhou Office Equipment Service Co., Ltd.

## Schedule 2 — Incident Priorities

| Priority | Definition | Response | Restoration |
|---|---|---|---|
| P1 | Scanning into ERP fails at a site, or a production line cannot print work orders or labels | 1 hour | 6 hours |
| P2 | A single Device out of service with an alternative nearby | 2 hours | next working day |
| P3 | Questions, reports, consumables | 1 working day | 3 working days |

## Schedule 3 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Monthly Fleet Charge (incl. 180,000 mono and 25,000 colour pages, unlimited scans) | per month | 21,600 |
| Monthly Fleet Charges for the Initial Term | 36 months | 777,600 |
| Deployment Charge (survey, installation, workflows, training) | one-time | 38,400 |
| Total charges for the Initial Term | | 816,000 |
| Mono page above included volume | per page | 0.035 |
| Colour page above included volume | per page | 0.28 |
"""

# ---------------------------------------------------------------------------------------------------------------
# e05  Changsha tutoring marketplace — teacher-background check API subscription; Czech vendor in Třeboň — .txt,
#      upper-case headings, a Schedule
# ---------------------------------------------------------------------------------------------------------------
E05 = """API SUBSCRIPTION AGREEMENT
TEACHER BACKGROUND VERIFICATION SERVICE

Agreement number: RV-CN-2026-0044

THIS AGREEMENT is made between:

CHANGSHA XUEYOU TUTORING NETWORK TECHNOLOGY CO., LTD., a company incorporated in the People's Republic of China, whose registered office is at Floor 12, Tower B, Xiangjiang Fortune Centre, Kaifu District, Changsha, Hunan Province ("Customer"); and

RYBNÍK VERIFY S.R.O., a company incorporated in the Czech Republic, whose registered office is at Masarykovo náměstí 3, 379 01 Třeboň, Czech Republic ("Vendor").

BACKGROUND

Customer operates an online marketplace on which parents book private tutors for school subjects, music and sports. Before a tutor may accept bookings, Customer checks the tutor's identity, teaching certificate, academic degree and the absence of records that bar work with minors. Vendor provides an application programming interface (API) that performs these checks through licensed data sources and a partner verification bureau in the People's Republic of China. At Customer's request all fees in this Agreement are stated and paid in Chinese yuan (CNY).

1. DEFINITIONS

1.1 "API" means Vendor's teacher background verification interface described in the Schedule, including the sandbox and production environments and the documentation.

1.2 "Check" means one completed verification request for one tutor, returning a result for each requested item.

1.3 "Subscription Year" means each period starting on the Production Date or an anniversary of it and ending on the day before the next anniversary.

1.4 "Production Date" means the date on which Vendor issues production credentials to Customer after Integration Acceptance.

1.5 "Customer Data" means all information submitted by Customer through the API, including tutors' names, identity numbers, photographs, certificates and consent records, and all results returned for Customer.

2. SERVICES

2.1 Vendor shall provide the API for the checks listed in the Schedule, process each Check in accordance with the documentation, and return the result to Customer's systems.

2.2 Vendor shall provide an integration adapter for Customer's tutor onboarding system, configure result codes and review rules agreed with Customer's trust and safety team, and support Customer's developers until Integration Acceptance.

2.3 Vendor shall keep its data sources lawful and current and inform Customer in writing of any change to the scope or reliability of a data source.

3. TERM

3.1 This Agreement starts on signature. The Initial Term is two Subscription Years from the Production Date.

3.2 Any continuation after the Initial Term requires a written renewal agreement, which will set its own fees.

3.3 Neither party may terminate this Agreement before the end of the Initial Term. Where a party breaches this Agreement, the other party's remedies are limited to the service credits in clause 6, specific performance and damages under clause 11, and the Agreement shall continue in force.

4. FEES

4.1 The fees are:
  (a) Subscription Fee: CNY 186,000 per Subscription Year, including up to 24,000 Checks in that Subscription Year;
  (b) Subscription Fees for the Initial Term: CNY 372,000;
  (c) Integration and Set-up Fee: CNY 58,000, one-time;
  (d) total fees for the Initial Term: CNY 430,000;
  (e) Checks above the included volume: CNY 6.50 per Check, invoiced quarterly in arrears.

4.2 Fees include all taxes payable in the People's Republic of China and the charges of Vendor's data sources and partner bureau.

5. INVOICING AND PAYMENT

5.1 On signature Vendor shall invoice the Integration and Set-up Fee together with the Subscription Fee for the first Subscription Year, in total CNY 244,000. Customer shall pay this invoice within 15 days, and in any event before Vendor starts integration work and issues sandbox credentials.

5.2 The Subscription Fee for the second Subscription Year is invoiced on the first day of that Subscription Year and payable within 30 days.

5.3 Payments are made by bank transfer in CNY to Vendor's account stated in the invoice.

6. SERVICE LEVELS

6.1 The production API shall be available 99.95% of each calendar month, measured by Vendor's monitoring at one-minute intervals, excluding maintenance announced 72 hours in advance and performed between 01:00 and 05:00 Beijing time.

6.2 Ninety-five per cent of Checks that rely only on electronic sources shall return a result within 60 seconds; Checks needing manual confirmation by the partner bureau shall be completed within three working days.

6.3 Priority 1 means the production API is unavailable or returns errors for more than a quarter of requests. Vendor shall respond to a Priority 1 incident within 30 minutes at any time and keep Customer informed every hour until it is resolved. Priority 2 incidents shall be answered within two hours on working days.

6.4 If monthly availability falls below the commitment, Customer receives a service credit of 5% of one twelfth of the Subscription Fee for each 0.1 percentage point or part of it, up to 50% of one twelfth of the Subscription Fee. For each late Priority 1 response Customer receives a credit of CNY 1,000. Credits are set off against the next invoice or paid at the end of the Agreement.

7. INTEGRATION ACCEPTANCE

7.1 Vendor shall complete the integration adapter and configuration within 45 days after payment of the invoice under clause 5.1.

7.2 Integration Acceptance tests are run in the sandbox and on a sample of 300 real tutors who have given their consent. They are passed when: (a) every result agrees with the manual verification carried out by Customer's team for the sample; (b) the adapter handles all result codes, time-outs and retries specified in the Schedule; (c) consent records are stored with each Check; and (d) the response time commitment in clause 6.2 is met in a load test of 2,000 Checks per hour.

7.3 Customer shall confirm Integration Acceptance in writing within five working days after the tests are passed. Use of the sandbox is not acceptance.

7.4 If Integration Acceptance is delayed by Vendor beyond the period in clause 7.1, Vendor shall pay Customer CNY 400 for each day of delay.

8. CUSTOMER DATA AND SECURITY

8.1 Customer Data belongs to Customer. Vendor processes it only on Customer's documented instructions and only to perform the Checks, and shall not keep it in any database for other customers, analyse it for its own purposes or disclose it except to the partner bureau for a Check.

8.2 All Customer Data is processed and stored in the People's Republic of China, in the partner bureau's data centre in Changsha, and is not transferred abroad. Vendor's staff in the Czech Republic have no access to personal information in Customer Data.

8.3 Vendor shall encrypt Customer Data in transit and at rest, restrict access to named staff of the partner bureau, keep access logs, and delete each Check's personal information 90 days after the result is returned, keeping only the result code and consent record for Customer.

8.4 Vendor shall comply with the Personal Information Protection Law and the Data Security Law, notify Customer within 12 hours after becoming aware of a personal information incident, cooperate with Customer's notifications to regulators and tutors, and bear all losses, fines and costs caused by an incident for which Vendor or the partner bureau is responsible.

9. SUBCONTRACTING

9.1 The partner bureau named in the Schedule is approved by signature of this Agreement. Vendor shall not appoint any other subcontractor or sub-processor without Customer's prior written consent, and is liable for the partner bureau and any approved subcontractor as for itself.

10. CONFIDENTIALITY

10.1 Each party shall keep confidential the other party's business, technical and pricing information and shall use it only for this Agreement. This clause survives the end of the Agreement for three years; for personal information it applies without limit of time.

11. LIABILITY

11.1 Each party's total liability under this Agreement is limited to twice the total fees for the Initial Term stated in clause 4.1(d).

11.2 The limit does not apply to breach of clause 8, fraud or wilful misconduct.

12. INTELLECTUAL PROPERTY

12.1 Vendor keeps all rights in the API, its software and its documentation.

12.2 The integration adapter, review rules and result-code mappings made for Customer belong to Customer, which may use and modify them and give them to any other provider. Vendor shall deliver their source code at Integration Acceptance.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute shall be submitted to the Changsha Arbitration Commission for arbitration in Changsha in Chinese. The award is final.

14. GENERAL

14.1 Amendments must be in writing and signed by both parties.

14.2 Notices are sent by e-mail to the contacts below and confirmed by courier.

SIGNED for Customer: ____________________  Name and title: __________  Date: __________

SIGNED for Vendor: ____________________  Name and title: __________  Date: __________

SCHEDULE - API SERVICES AND PARTNER BUREAU

Part 1 - Checks available

  Item 1  Identity verification against the national identity database, with face match to the tutor's photograph
  Item 2  Teaching certificate verification (teacher qualification certificate number, subject, level)
  Item 3  Academic degree verification through the national higher-education credential service
  Item 4  Check for records that bar employment with minors, through the partner bureau and with the tutor's written consent

Part 2 - Technical specification

  Interface: HTTPS REST with JSON, mutual TLS, signed requests
  Result codes: PASS, FAIL, REVIEW, CONSENT_MISSING, SOURCE_UNAVAILABLE
  Time-out: 90 seconds; retries by Customer after 5 minutes for SOURCE_UNAVAILABLE

Part 3 - Approved partner bureau

  Hunan Xinyan Credit Verification Co., Ltd., Changsha, processing and storing Customer Data in its Changsha data centre
"""

# ---------------------------------------------------------------------------------------------------------------
# Files, facts and labels
# ---------------------------------------------------------------------------------------------------------------
FILES = {
    "z01": ("h339z01_commerce_bureau_trade_monitoring_platform", "pdf", "zh", Z01),
    "z02": ("h339z02_rubber_plant_curing_press_control_retrofit", "docx", "zh", Z02),
    "z03": ("h339z03_maternity_centre_chain_care_records_saas", "txt", "zh", Z03),
    "z04": ("h339z04_grain_reserve_depot_system_om_service", "txt", "zh", Z04),
    "z05": ("h339z05_chilli_sauce_mes_supplier_template", "md", "zh", Z05),
    "e01": ("h339e01_inkstick_studio_mould_carving_licences", "pdf", "en", E01),
    "e02": ("h339e02_eco_bus_ticketing_saas_order_form", "md", "en", E02),
    "e03": ("h339e03_orchard_cold_storage_sensors", "docx", "en", E03),
    "e04": ("h339e04_small_appliance_managed_print_scan", "md", "en", E04),
    "e05": ("h339e05_tutoring_teacher_background_check_api", "txt", "en", E05),
}

# Price arithmetic (asserted), then the facts each label is derived from.
assert 560000 + 118000 + 742000 + 96000 + 24000 == 1540000 and 560000 + 118000 == 678000
assert 924000 + 163200 + 220800 + 86000 + 168000 + 96000 == 1658000
assert 1658000 + 214000 + 128000 + 18000 == 2018000
assert 24 * 38500 == 924000 and 24 * 6800 == 163200 and 24 * 9200 == 220800
assert 12 * 28800 == 345600 and 3 * 345600 + 126000 == 1162800
assert 7 * 42000 + 168000 + 74000 + 36000 == 572000 and 4 * 143000 == 572000
assert 460000 + 60000 + 580000 + 92000 + 16000 == 1208000 and 8 * 7500 == 60000
assert 6 * 38500 + 2 * 26000 == 283000 and 283000 + 148000 + 29000 == 460000
assert 3 * (268000 + 54000) == 966000 and 966000 + 74000 == 1040000
assert 96 * 1150 + 24 * 6800 + 8 * 9400 + 12 * 5600 + 118000 == 534000 and 534000 + 86000 + 12000 == 632000
assert 36 * 21600 == 777600 and 777600 + 38400 == 816000
assert 2 * 186000 == 372000 and 372000 + 58000 == 430000 and 186000 + 58000 == 244000
# payment schedules (shares of the contract value)
for v, shares, amounts in [(1540000, (20, 50, 25, 5), (308000, 770000, 385000, 77000)),
                           (2018000, (10, 50, 35, 5), (201800, 1009000, 706300, 100900)),
                           (1208000, (50, 45, 5), (604000, 543600, 60400)),
                           (460000, (20, 45, 35), (92000, 207000, 161000)),
                           (632000, (10, 55, 35), (63200, 347600, 221200))]:
    assert sum(shares) == 100 and all(v * s // 100 == a for s, a in zip(shares, amounts)), v
    assert not ({30, 40} & set(shares))
assert round(678000 * 0.08) == 54240 and round(1658000 * 0.28) == 464240 and round(283000 * 0.14) == 39620
assert round(534000 * 0.10) == 53400

NULL = None
# term order as the corpus labels
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
             "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
             "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
             "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]

F = {}
F["z01"] = dict(category="software", value=1540000, availability_pct=99.95, p1_response_hours=0.5, sla_remedy=True,
                ip_owner="buyer", data_security_clause=True, buyer_owns_data=True, confidentiality=True,
                ld_rate_per_day_pct=0.1, liability_cap_pct=NULL, prepayment_pct=20, acceptance_clause=True,
                final_payment_on_acceptance=True, warranty_months=36, post_warranty_fee_pct=8,
                auto_renewal_price_increase=False, termination_for_breach=True, subcontract_without_consent=False,
                governing_law="PRC", contract_kind="goods_or_licence", sla_clause=True, ld_stated=True,
                post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False, fee_base=678000,
                forum_outside=False)
F["z02"] = dict(category="hardware", value=2018000, availability_pct=NULL, p1_response_hours=0.5, sla_remedy=True,
                ip_owner="buyer", data_security_clause=True, buyer_owns_data=True, confidentiality=True,
                ld_rate_per_day_pct=0.1, liability_cap_pct=150, prepayment_pct=10, acceptance_clause=True,
                final_payment_on_acceptance=True, warranty_months=18, post_warranty_fee_pct=28,
                auto_renewal_price_increase=False, termination_for_breach=True, subcontract_without_consent=False,
                governing_law="PRC", contract_kind="goods_or_licence", sla_clause=True, ld_stated=True,
                post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False, fee_base=1658000,
                forum_outside=False)
F["z03"] = dict(category="cloud", value=1162800, availability_pct=99.5, p1_response_hours=1, sla_remedy=True,
                ip_owner="buyer", data_security_clause=True, buyer_owns_data=False, confidentiality=True,
                ld_rate_per_day_pct=0.1, liability_cap_pct=200, prepayment_pct=NULL, acceptance_clause=True,
                final_payment_on_acceptance=NULL, warranty_months=NULL, post_warranty_fee_pct=NULL,
                auto_renewal_price_increase=True, termination_for_breach=True, subcontract_without_consent=False,
                governing_law="PRC", contract_kind="service", sla_clause=True, ld_stated=True,
                acceptance_deemed_on_delivery=False, forum_outside=False)
F["z04"] = dict(category="services", value=572000, availability_pct=NULL, p1_response_hours=8, sla_remedy=True,
                ip_owner="buyer", data_security_clause=True, buyer_owns_data=True, confidentiality=True,
                ld_rate_per_day_pct=0.03, liability_cap_pct=NULL, prepayment_pct=NULL, acceptance_clause=True,
                final_payment_on_acceptance=NULL, warranty_months=NULL, post_warranty_fee_pct=NULL,
                auto_renewal_price_increase=False, termination_for_breach=True, subcontract_without_consent=False,
                governing_law=NULL, contract_kind="service", sla_clause=True, ld_stated=True,
                acceptance_deemed_on_delivery=False, forum_outside=False)
F["z05"] = dict(category="software", value=1208000, availability_pct=NULL, p1_response_hours=24, sla_remedy=False,
                ip_owner="supplier", data_security_clause=False, buyer_owns_data=False, confidentiality=False,
                ld_rate_per_day_pct=0.02, liability_cap_pct=25, prepayment_pct=50, acceptance_clause=False,
                final_payment_on_acceptance=False, warranty_months=6, post_warranty_fee_pct=NULL,
                auto_renewal_price_increase=False, termination_for_breach=True, subcontract_without_consent=True,
                governing_law="PRC", contract_kind="goods_or_licence", sla_clause=True, ld_stated=True,
                post_warranty_fee_capped=False, acceptance_deemed_on_delivery=True, fee_base=520000,
                forum_outside=False)
F["e01"] = dict(category="software", value=460000, availability_pct=NULL, p1_response_hours=NULL, sla_remedy=False,
                ip_owner="buyer", data_security_clause=True, buyer_owns_data=True, confidentiality=True,
                ld_rate_per_day_pct=0.1, liability_cap_pct=150, prepayment_pct=20, acceptance_clause=True,
                final_payment_on_acceptance=True, warranty_months=18, post_warranty_fee_pct=14,
                auto_renewal_price_increase=False, termination_for_breach=True, subcontract_without_consent=False,
                governing_law="Latvia", contract_kind="goods_or_licence", sla_clause=False, ld_stated=True,
                post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False, fee_base=283000,
                forum_outside=True)
F["e02"] = dict(category="cloud", value=1040000, availability_pct=99.95, p1_response_hours=0.5, sla_remedy=False,
                ip_owner="buyer", data_security_clause=True, buyer_owns_data=True, confidentiality=True,
                ld_rate_per_day_pct=NULL, liability_cap_pct=6 / 36 * 100, prepayment_pct=NULL, acceptance_clause=True,
                final_payment_on_acceptance=NULL, warranty_months=NULL, post_warranty_fee_pct=NULL,
                auto_renewal_price_increase=False, termination_for_breach=True, subcontract_without_consent=False,
                governing_law="PRC", contract_kind="service", sla_clause=True, ld_stated=False,
                acceptance_deemed_on_delivery=False, forum_outside=False)
F["e03"] = dict(category="hardware", value=632000, availability_pct=99.95, p1_response_hours=1, sla_remedy=True,
                ip_owner="buyer", data_security_clause=True, buyer_owns_data=True, confidentiality=True,
                ld_rate_per_day_pct=0.08, liability_cap_pct=200, prepayment_pct=10, acceptance_clause=True,
                final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=10,
                auto_renewal_price_increase=False, termination_for_breach=True, subcontract_without_consent=False,
                governing_law="PRC", contract_kind="goods_or_licence", sla_clause=True, ld_stated=True,
                post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False, fee_base=534000,
                forum_outside=False)
F["e04"] = dict(category="services", value=816000, availability_pct=NULL, p1_response_hours=1, sla_remedy=True,
                ip_owner="buyer", data_security_clause=True, buyer_owns_data=True, confidentiality=True,
                ld_rate_per_day_pct=900 / 816000 * 100, liability_cap_pct=150, prepayment_pct=NULL,
                acceptance_clause=True, final_payment_on_acceptance=NULL, warranty_months=NULL,
                post_warranty_fee_pct=NULL, auto_renewal_price_increase=False, termination_for_breach=True,
                subcontract_without_consent=False, governing_law="Switzerland", contract_kind="service",
                sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, forum_outside=True)
F["e05"] = dict(category="cloud", value=430000, availability_pct=99.95, p1_response_hours=0.5, sla_remedy=True,
                ip_owner="buyer", data_security_clause=True, buyer_owns_data=True, confidentiality=True,
                ld_rate_per_day_pct=400 / 430000 * 100, liability_cap_pct=200, prepayment_pct=244000 / 430000 * 100,
                acceptance_clause=True, final_payment_on_acceptance=NULL, warranty_months=NULL,
                post_warranty_fee_pct=NULL, auto_renewal_price_increase=False, termination_for_breach=False,
                subcontract_without_consent=False, governing_law="PRC", contract_kind="service", sla_clause=True,
                ld_stated=True, acceptance_deemed_on_delivery=False, forum_outside=False)

# What I meant each contract to carry (cross-checked against the rules derived from the facts below).
INTENDED = {
    "z01": [], "e03": [], "e04": ["CR-GOVERNING-LAW"],
    "z02": ["CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"],
    "z03": ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"],
    "z04": ["CR-LD-LOW", "CR-SLA-RESPONSE"],
    "e01": ["CR-GOVERNING-LAW", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
    "e02": ["CR-LD-MISSING", "CR-LIABILITY-CAP", "CR-SLA-NO-REMEDY"],
    "e05": ["CR-PREPAYMENT", "CR-TERMINATION"],
    "z05": ["CR-ACCEPTANCE", "CR-CONFIDENTIALITY", "CR-DATA-OWNERSHIP", "CR-DATA-SECURITY", "CR-IP-OWNERSHIP",
            "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY",
            "CR-SLA-RESPONSE", "CR-SUBCONTRACT", "CR-WARRANTY"],
}

SEVERITY = {"CR-SLA-MISSING": "high", "CR-SLA-AVAILABILITY": "medium", "CR-SLA-RESPONSE": "medium",
            "CR-SLA-NO-REMEDY": "medium", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high",
            "CR-DATA-OWNERSHIP": "medium", "CR-CONFIDENTIALITY": "medium", "CR-LD-MISSING": "high",
            "CR-LD-LOW": "medium", "CR-LIABILITY-CAP": "medium", "CR-PREPAYMENT": "medium", "CR-ACCEPTANCE": "high",
            "CR-WARRANTY": "medium", "CR-POST-WARRANTY-FEE": "high", "CR-AUTO-RENEWAL": "medium",
            "CR-TERMINATION": "medium", "CR-SUBCONTRACT": "medium", "CR-GOVERNING-LAW": "low",
            "CR-TCO-SERVICE-SHARE": "medium"}
HORIZON = 5


def tco(f):
    """policy §4: purchase + implementation = contract value; post-warranty years = 5 − warranty years, pro rata;
    fee base = itemised licence/hardware subtotal. None when the fee is not stated."""
    if f["contract_kind"] != "goods_or_licence" or f["post_warranty_fee_pct"] is None:
        return None
    years = max(0.0, HORIZON - f["warranty_months"] / 12)
    fee = f["fee_base"] * f["post_warranty_fee_pct"] / 100
    post = years * fee
    total = f["value"] + post
    return {"years": years, "annual_fee": fee, "post": post, "total": total, "share": post / total * 100}


def rules(f):
    r = set()
    if not f["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if f["availability_pct"] is not None and f["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if f["p1_response_hours"] is None or f["p1_response_hours"] > 4:
        r.add("CR-SLA-RESPONSE")
    if f["sla_clause"] and not f["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if f["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not f["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if f["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not f["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not f["ld_stated"]:
        r.add("CR-LD-MISSING")
    elif f["ld_rate_per_day_pct"] is not None and f["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if f["liability_cap_pct"] is not None and f["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if f["prepayment_pct"] is not None and f["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not f["acceptance_clause"] or f["acceptance_deemed_on_delivery"] or f["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if f["contract_kind"] == "goods_or_licence":
        if f["warranty_months"] is None or f["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if (f["post_warranty_fee_pct"] is None or not f["post_warranty_fee_capped"]
                or f["post_warranty_fee_pct"] > 15):
            r.add("CR-POST-WARRANTY-FEE")
        t = tco(f)
        if t is not None and t["share"] > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if f["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not f["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if f["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (f["governing_law"] not in (None, "PRC")) or f["forum_outside"]:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rs):
    sev = {SEVERITY[x] for x in rs}
    return "high" if "high" in sev else ("medium" if "medium" in sev else "low")


def label(key):
    stem, ext, lang, _ = FILES[key]
    f = F[key]
    extra = {"sla_clause": f["sla_clause"], "ld_stated": f["ld_stated"]}
    if f["contract_kind"] == "goods_or_licence":
        extra["post_warranty_fee_capped"] = f["post_warranty_fee_capped"]
    extra["acceptance_deemed_on_delivery"] = f["acceptance_deemed_on_delivery"]
    extra["contract_value"] = f["value"]
    return {"file": f"{stem}.{ext}", "language": lang, "category": f["category"],
            "expected_terms": {k: f[k] for k in TERM_KEYS}, "expected_extra": extra, "expected_rules": rules(f)}

# ---------------------------------------------------------------------------------------------------------------
# Threshold figures that must not appear in any text (digits, Chinese numerals, words)
# ---------------------------------------------------------------------------------------------------------------
ZN = "零〇一二三四五六七八九十两百千"
PCT = r"\s*(?:%|％|per\s*cent|percent)"
THRESHOLD_PATTERNS = {
    "availability 99.9": [r"(?<![\d.])99\.90*(?!\d)"],
    "P1 response 4 h": [r"(?<![\d.])4(?:\.0+)?\s*(?:-\s*)?(?:hours?|hrs?|h\b|个?小时)", r"(?<![\w-])four[\s-]+hours?",
                        rf"(?<![{ZN}])四\s*个?\s*小时", r"(?<![\d.])240\s*(?:minutes?|mins?|分钟)",
                        r"二百四十分钟", r"two\s+hundred\s+(?:and\s+)?forty\s+minutes"],
    "delay damages 0.05 %/day": [r"(?<![\d.])0\.050*(?!\d)", r"万分之五(?![十百千])", r"五\s*/\s*万"],
    "liability cap 100 %": [r"(?<![\d.])100(?:\.0+)?" + PCT, r"百分之(?:一)?百(?![分零一二三四五六七八九十])",
                            r"(?:one\s+)?hundred[\s-]+per\s*cent", r"hundred\s+percent"],
    "prepayment 30 %": [r"(?<![\d.])30(?:\.0+)?" + PCT, rf"百分之三十(?![{ZN}])", r"三成",
                        r"(?<![\w-])thirty[\s-]+per\s*cent"],
    "warranty 12 months": [r"(?<![\d.])12\s*(?:-\s*)?(?:个月|months?)", rf"(?<![{ZN}])十二\s*个月",
                           r"(?<![\w-])twelve[\s-]+months?", r"(?<![\w-])one[\s-]+years?(?![\w])",
                           r"(?<![\d.])1\s*(?:-\s*)?years?(?![\w])", rf"(?<![{ZN}])一\s*年(?!度)", r"(?<![\w-])a\s+year\b"],
    "post-warranty fee 15 %": [r"(?<![\d.])15(?:\.0+)?" + PCT, rf"百分之十五(?![{ZN}点])",
                               r"(?<![\w-])fifteen[\s-]+per\s*cent"],
    "TCO share 40 %": [r"(?<![\d.])40(?:\.0+)?" + PCT, rf"百分之四十(?![{ZN}])", r"四成",
                       r"(?<![\w-])forty[\s-]+per\s*cent"],
    "horizon 5 years / 60 months": [r"(?<![\d.])5\s*(?:-\s*)?(?:years?\b|年(?!\d))", rf"(?<![{ZN}])五\s*年",
                                    r"(?<![\w-])five[\s-]+years?", r"(?<![\d.])60\s*(?:-\s*)?(?:个月|months?)",
                                    rf"(?<![{ZN}])六十\s*个月", r"(?<![\w-])sixty[\s-]+months?"],
}
COMPILED = {k: [re.compile(p, re.I) for p in v] for k, v in THRESHOLD_PATTERNS.items()}


def threshold_hits(text):
    norm = re.sub(r"\s+", " ", text)
    hits = []
    for name, pats in COMPILED.items():
        for p in pats:
            for src in (text, norm):
                for m in p.finditer(src):
                    hits.append((name, m.group(0), src[max(0, m.start() - 20):m.end() + 20]))
    return hits


MUST_HIT = ["可用率99.9%", "99.90%", "4小时内响应", "4 个小时", "四小时", "四个小时", "within 4 hours", "4-hour", "four hours",
            "four-hour", "240分钟", "240 minutes", "0.05%", "0.050 %", "万分之五", "100%", "100 per cent", "百分之百",
            "百分之一百", "one hundred per cent", "30%", "30 %", "百分之三十", "三成", "thirty per cent", "12个月",
            "12 months", "12-month", "十二个月", "twelve months", "one year", "one-year", "1 year", "一年", "15%",
            "15 per cent", "百分之十五", "fifteen per cent", "40%", "百分之四十", "四成", "forty per cent", "5 years",
            "5年", "五年", "five years", "five-year", "60 months", "60个月", "六十个月", "sixty months"]
MUST_NOT_HIT = ["24小时", "二十四小时", "24 hours", "twenty-four hours", "14 hours", "99.95%", "99.5%", "115%", "0.15%",
                "0.30%", "130%", "140%", "1.5倍", "四十二个月", "二十四个月", "十八个月", "18 months", "2025年",
                "2026年12月31日", "十五年", "一个服务年度", "每个服务年度", "Subscription Year", "每年", "万分之五十",
                "0.055%", "45%", "35%", "25 %", "50%", "150%", "200%", "6 hours", "0.08%", "365 days", "2015 year",
                "first year", "some years", "60 seconds", "75 days"]


def self_test():
    for s in MUST_HIT:
        assert threshold_hits(s), f"pattern misses {s!r}"
    for s in MUST_NOT_HIT:
        assert not threshold_hits(s), f"pattern wrongly hits {s!r}: {threshold_hits(s)}"


# ---------------------------------------------------------------------------------------------------------------
# Build, read back, check
# ---------------------------------------------------------------------------------------------------------------
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append(" | ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def length(text, lang):
    return len(text) if lang == "zh" else len(text.split())


OFF = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
       "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}

if __name__ == "__main__":
    self_test()
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    sources, targets = {}, {}
    for key, (stem, ext, lang, src) in FILES.items():
        if ext in ("docx", "pdf"):
            sources[key], targets[key] = src, (f"{stem}.{ext}", ext)
        else:
            (OUT / f"{stem}.{ext}").write_text(src, encoding="utf-8")
            print("wrote", f"{stem}.{ext}")
    write(sources, targets, OUT, wrap_words=True)

    fired, problems = set(), []
    print()
    print(f"{'file':58} {'len':>5}  risk    expected rules")
    for key, (stem, ext, lang, src) in FILES.items():
        lab = label(key)
        assert lab["expected_rules"] == sorted(INTENDED[key]), (key, lab["expected_rules"])
        (OUT / f"{stem}.json").write_text(json.dumps(lab, indent=1, ensure_ascii=False), encoding="utf-8")
        text = read_back(OUT / f"{stem}.{ext}")
        n = length(text, lang)
        lo, hi = (2800, 3300) if lang == "zh" else (1500, 1700)
        if not lo <= n <= hi:
            problems.append(f"{key}: length {n} outside {lo}-{hi}")
        for h in threshold_hits(text) + threshold_hits(src):
            problems.append(f"{key}: threshold figure {h}")
        f = F[key]
        for k, thr in OFF.items():
            if f[k] is not None and abs(f[k] - thr) < 1e-9:
                problems.append(f"{key}: {k} sits on the threshold {thr}")
        t = tco(f)
        if t is not None and abs(t["share"] - 40) < 1e-9:
            problems.append(f"{key}: TCO share on 40")
        fired |= set(lab["expected_rules"])
        tco_s = "" if t is None else f"  [TCO {t['total']:,.0f}, post-warranty {t['share']:.2f} %]"
        print(f"{stem + '.' + ext:58} {n:>5}  {risk(lab['expected_rules']):6}  "
              f"{', '.join(r[3:] for r in lab['expected_rules']) or '(none)'}{tco_s}")
    missing = sorted(set(SEVERITY) - fired)
    if missing:
        problems.append(f"rules never expected: {missing}")
    mix = sorted(len(label(k)["expected_rules"]) for k in FILES)
    print("\nfindings per contract:", mix)
    assert mix.count(0) == 2 and sum(1 for k in FILES if label(k)["expected_rules"] == ["CR-GOVERNING-LAW"]) == 1
    assert sum(1 for m in mix if 2 <= m <= 3) == 6 and len(label("z05")["expected_rules"]) >= 8
    if problems:
        print("\nPROBLEMS:")
        print("\n".join(f"  {p}" for p in problems))
        sys.exit(1)
    print(f"\nall 20 CR rules expected at least once; lengths in range; no threshold figure; OK")
