"""holdout552: builds the ten drafts, writes their labels, checks lengths, thresholds and rule coverage.
Run: /work/main/.venv/bin/python -B make_files.py (in this folder)."""
import json, re, sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:澄江市社区矫正管理平台建设项目政府采购合同
P:合同编号：CJSFJ-ZC-2026-017　采购方式：公开招标　项目编号：CJCG-2026-0342
P:甲方（采购人）：澄江市司法局　地址：澄江市河西区政务中心东楼
P:乙方（供应商）：杭州矫安信息技术有限公司　地址：杭州市滨江区长河路588号
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方经协商一致，就澄江市社区矫正管理平台建设项目签订本合同，共同遵守。
H:第一条　项目内容
P:1.1 乙方向甲方提供“矫安社区矫正管理平台V5.0”软件许可（市局及下辖九个司法所使用，永久许可，不限用户数），并完成定制开发、数据迁移、部署实施和培训。
P:1.2 定制开发内容：矫正对象移动报到小程序、电子定位与越界预警模块、与公安、法院、检察院的数据交换接口、市局综合研判驾驶舱。详细需求以招标文件第三章和双方确认的需求规格说明书为准。
P:1.3 数据迁移：将原系统中在册及已解矫的矫正对象档案、报到记录、教育帮扶记录完整迁移至新平台。
H:第二条　合同价款
P:2.1 合同总价为人民币1,760,000元（大写：壹佰柒拾陆万元整），含税，包括以下各项：
P:（1）平台软件许可费：980,000元；
P:（2）定制开发费：620,000元；
P:（3）数据迁移费：86,000元；
P:（4）部署实施及培训费：74,000元。
P:2.2 合同总价为固定价格，包括乙方完成本合同全部工作所需的一切费用，甲方不再支付其他费用。
H:第三条　付款方式
P:3.1 合同签订并收到乙方开具的等额发票后15个工作日内，甲方支付合同总价的20%，即352,000元，作为预付款。
P:3.2 平台通过初步验收后15个工作日内，甲方支付合同总价的45%，即792,000元。
P:3.3 平台通过最终验收后15个工作日内，甲方支付合同总价的35%，即616,000元。
P:3.4 甲方以财政资金支付，乙方应按国库集中支付要求提供单据。因财政资金拨付流程造成的合理延迟，不视为甲方逾期付款，但甲方应及时告知乙方。
H:第四条　交付与进度
P:4.1 乙方应于合同签订后90日内完成部署和定制开发并提交初步验收申请，于初步验收后60日内完成试运行。
P:4.2 乙方应派驻项目经理一名、开发及实施人员不少于六名，项目经理未经甲方同意不得更换。乙方每周向甲方提交项目周报，说明进度、问题及下周计划。
P:4.3 乙方应为市局及各司法所业务人员提供不少于三期集中培训，并为系统管理员提供运维培训，提交用户手册、管理员手册和接口说明。
P:4.4 乙方应按照甲方的网络安全和保密管理要求组织实施，实施人员须签署保密承诺书并接受甲方背景审查。
P:4.5 乙方应在合同签订后7个工作日内向甲方提交合同总价5%的履约保证金（银行保函形式），最终验收合格后无息退还。
H:第五条　验收
P:5.1 初步验收标准：功能符合需求规格说明书；迁移数据经逐条比对无差错；与公安、法院、检察院接口连续运行10日无错误；在200个并发用户下页面响应不超过2秒。
P:5.2 最终验收标准：试运行60日内无一级故障；通过第三方网络安全等级保护三级测评；甲方组织专家评审通过。
P:5.3 平台上线运行、甲方使用或付款均不视为验收，验收以甲方签署的验收报告为准。
H:第六条　质量保证与维护
P:6.1 质保期为自最终验收之日起三十六个月。质保期内乙方免费提供软件升级、缺陷修复和技术支持。
P:6.2 质保期满后，如甲方需要，双方另行签订维护合同，年度维护费不超过平台软件许可费的7%（即68,600元），该费用自质保期满后三个服务年度内不上调。维护合同不自动续期。
H:第七条　服务水平
P:7.1 平台月度可用率不低于99.95%（计划内维护除外，计划内维护须提前三个工作日书面通知甲方）。
P:7.2 一级故障（平台无法登录、报到或定位功能中断）：乙方应在30分钟内响应，2小时内到达现场，8小时内恢复；二级故障2小时内响应，24小时内解决。
P:7.3 响应或恢复每超时1小时，乙方支付1,000元；月度可用率每低于承诺值0.01个百分点，乙方支付2,000元，甲方可从应付款中扣除。
H:第八条　数据安全
P:8.1 平台中的矫正对象档案、定位轨迹、业务数据均属于甲方，乙方仅为履行本合同处理上述数据，不得用于任何其他目的。
P:8.2 平台部署于甲方政务云，乙方人员只能经甲方审批后通过堡垒机访问，所有操作留存日志，不得将数据复制到甲方网络以外。
P:8.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任及相应法律责任。
P:8.4 乙方应落实网络安全等级保护三级要求，对敏感字段加密存储，按最小权限原则为人员分配账号，并配合甲方开展年度安全检查和应急演练。合同终止时，乙方应交还并删除其持有的全部数据，出具书面说明。
H:第九条　保密
P:乙方对履行合同中知悉的国家秘密、工作秘密、个人信息及甲方其他非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。本条在合同终止后继续有效。
H:第十条　知识产权
P:10.1 本合同定制开发的全部成果（含源代码、接口程序、技术文档）的知识产权归甲方所有，乙方应在最终验收时交付源代码。
P:10.2 平台标准产品的知识产权仍归乙方，乙方授予甲方永久、不可撤销的使用许可。
H:第十一条　违约责任
P:11.1 乙方逾期交付或逾期通过验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金。逾期超过60日的，甲方有权解除合同。
P:11.2 甲方无正当理由逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。
H:第十二条　分包
P:乙方不得将本合同项下任何工作分包或转包给第三方。
H:第十三条　合同解除
P:乙方严重违约，经甲方书面通知后15日内仍未改正的，甲方有权解除合同，并要求乙方赔偿损失。
H:第十四条　适用法律与争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十四条之一　不可抗力
P:因地震、洪水、疫情等不可抗力不能按期履行的一方，应在3日内书面通知对方并提供证明，双方根据影响程度协商顺延履行期限；不可抗力持续超过60日致使合同目的无法实现的，任何一方可以解除合同。
H:第十五条　其他
P:本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。招标文件、投标文件、中标通知书为本合同组成部分。
P:甲方（盖章）：澄江市司法局　　代表签字：________　日期：2026年3月__日
P:乙方（盖章）：杭州矫安信息技术有限公司　　代表签字：________　日期：2026年3月__日
"""

Z02 = """T:杀菌机控制系统改造及维保合同
P:合同编号：HYRY-SB-2026-05
P:甲方：河源云岭乳业有限公司（乳品厂）　地址：河源市高新区乳业大道16号
P:乙方：佛山科控自动化工程有限公司　地址：佛山市南海区桂城街道创业路9号
P:鉴于甲方液态奶车间两台超高温瞬时（UHT）杀菌机原有控制系统老化、批次记录依靠人工，甲方决定实施控制系统改造；乙方具备相应资质和经验，双方经平等协商，订立本合同。
H:第一条　改造范围
P:1.1 乙方负责两台UHT杀菌机及配套CIP清洗站的控制系统改造，包括PLC控制柜、触摸屏、温度及流量传感器、记录仪更换，控制软件和批次电子记录软件的许可、组态编程、安装调试、工艺验证及培训。
P:1.2 改造后的系统须满足乳制品生产许可审查细则和企业HACCP体系对杀菌工序关键控制点的监控、记录和纠偏要求，关键参数超限时应自动报警并触发分流阀动作，报警及操作记录应可追溯查询。
P:1.3 改造须在甲方安排的停产窗口内分两台依次完成，每台停机时间不超过10日，不得影响另一台生产线的正常运行。
P:1.4 乙方应在进场前提交改造方案、停机计划、回退方案和安全措施，经甲方生产、设备、品控部门会签后实施。改造期间如出现影响生产的异常，乙方应立即按回退方案恢复原系统运行。
H:第二条　合同价格
P:2.1 合同总价为人民币1,320,000元（含13%增值税），明细如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|PLC控制柜（含冗余CPU及I/O模块）|2套|268,000|536,000
TB:2|触摸屏操作站|4台|22,500|90,000
TB:3|温度、压力、流量传感器及记录仪|1批|186,000|186,000
TB:4|控制软件及批次电子记录软件许可|1套|336,000|336,000
TB:|软硬件小计|||1,148,000
TB:5|安装调试及程序组态|1项|126,000|126,000
TB:6|工艺验证及操作培训|1项|46,000|46,000
TB:|合同总价|||1,320,000
P:2.2 上述价格包括设备、软件、运输、保险、安装调试、验证、培训及质保期内服务的全部费用。
H:第三条　付款
P:3.1 合同生效后10个工作日内，甲方支付合同总价的20%（264,000元）作为预付款。
P:3.2 全部设备到货并经甲方开箱清点后，甲方支付合同总价的35%（462,000元）。
P:3.3 两台杀菌机均通过最终验收后，甲方支付合同总价的45%（594,000元）。
H:第四条　交付与验收
P:4.1 乙方应于合同生效后45日内将全部设备运抵甲方厂区，于第一个停产窗口开始后10日内完成第一台改造。
P:4.2 最终验收标准：杀菌温度控制偏差不超过±0.5℃；保持时间、温度、流量全程自动记录，批次电子记录完整且不可篡改；连续生产30日无因控制系统导致的停机或产品报废；CIP程序经甲方品控部门验证合格。
P:4.3 设备到货、安装完成或投入生产均不视为验收，验收以双方签署的最终验收报告为准。
P:4.4 乙方应提交电气图纸、PLC程序备份、组态文件、操作规程、维护手册和备品备件清单各一套，并对甲方操作工、电工及品控人员进行不少于三期培训，培训合格后方可独立操作。
H:第五条　质保与维保
P:5.1 质保期为自最终验收之日起二十四个月。质保期内因设备或软件质量问题发生的维修、更换及上门服务均免费。
P:5.2 质保期满后，甲方可委托乙方提供年度维保服务，年度维保费为软硬件小计的6%，即68,880元，该价格在质保期满后三个服务年度内保持不变。
P:5.3 一级故障（任一杀菌机因控制系统停机）：乙方应在1小时内电话响应，8小时内到达现场；其他故障24小时内响应。响应或到场每超时1小时，乙方支付违约金500元。
H:第六条　数据与保密
P:6.1 批次记录、工艺参数及生产数据均属于甲方，乙方不得用于履行本合同以外的任何目的。
P:6.2 乙方远程维护须经甲方逐次审批，通过甲方指定的VPN和账号进行，操作全程记录；乙方不得复制或带离生产数据。因乙方原因造成数据泄露、丢失或篡改的，乙方应立即通知甲方并承担全部赔偿责任。
P:6.3 双方对在履行本合同中知悉的对方技术秘密和商业秘密负有保密义务，未经对方书面同意不得向第三方披露。本条义务在合同终止后继续有效，乙方应要求其参与本项目的全部人员遵守本条约定。
H:第七条　知识产权
P:为甲方编写的PLC程序、配方及报表模板等定制成果归甲方所有；控制软件产品本身的知识产权归原权利人，甲方取得永久使用许可。
H:第七条之一　备品备件
P:乙方应在最终验收前向甲方提供一套常用备件（CPU模块、I/O模块、温度传感器各两件），备件费用已包含在合同价内。质保期满后乙方应保证在八个服务年度内继续供应同型号或兼容备件，价格不高于本合同单价。
P:乙方应建立本项目设备档案，记录每次维修的时间、原因、处理方法及更换部件，并每季度向甲方提交一次巡检报告，提出预防性维护建议。
P:7.2 乙方保证所提供设备为原厂全新正品，具有合格证和检验报告，软件为正版授权，如第三方就乙方提供的设备或软件提出侵权主张，由乙方负责处理并承担费用。
H:第八条　违约责任
P:8.1 乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的万分之三向甲方支付违约金。
P:8.2 乙方在本合同项下的累计赔偿责任（含违约金）以合同总价的60%为限，但因乙方故意或重大过失造成的损失除外。
P:8.3 甲方逾期付款的，每逾期一日按应付未付金额的万分之二支付违约金。
H:第九条　分包
P:乙方不得将本合同项下的工作分包，确需将电气安装分包的，应事先取得甲方书面同意，并对分包方的工作负责。
H:第十条　合同解除
P:乙方严重违约且经甲方书面催告后10日内未纠正的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
H:第十一条　现场管理与安全
P:11.1 乙方人员进入车间须遵守甲方的卫生规范，穿戴洁净工作服，持健康证上岗；动火、登高及带电作业须办理甲方作业许可。
P:11.2 乙方应对其人员的安全负责，因乙方违规作业造成甲方设备损坏、产品污染或人员伤害的，由乙方承担责任。
H:第十二条　不可抗力
P:因不可抗力不能履行合同的一方，应在3日内通知对方并提供证明，双方协商延期履行或部分免除责任。
H:第十三条　争议解决
P:本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，提交甲方所在地人民法院诉讼解决。本合同一式四份，双方各执二份，自双方盖章之日起生效，附件与正文具有同等效力。
P:甲方（盖章）：河源云岭乳业有限公司　　代表：________
P:乙方（盖章）：佛山科控自动化工程有限公司　　代表：________
P:签订日期：2026年4月__日
"""

Z03 = """连锁加油站非油品零售管理系统SaaS服务及实施合同

合同编号：JBNY-FY-2026-031

甲方：江北能源连锁加油站管理有限公司
地址：江北市新港区港城大道200号
乙方：南京云便利软件科技有限公司
地址：南京市雨花台区软件大道118号

鉴于甲方在江北市及周边经营加油站80座，站内便利店需要统一的商品、收银、库存和会员管理，乙方提供“云便利”零售SaaS服务，双方经协商一致，订立本合同。

1. 服务内容
1.1 乙方向甲方80座加油站便利店提供“云便利”零售SaaS服务，包括商品主数据、收银、库存、要货、促销、会员积分、报表分析等模块，以及油非联动（加油小票与便利店优惠券关联）功能。
1.2 实施服务包括：门店部署、收银机安装调试、商品主数据及会员数据迁移、与甲方加油卡系统和财务系统的接口对接、门店店长及收银员培训。
1.3 服务期为三个服务年度，自全部门店上线验收合格之日起算。第一个服务年度自该日起，以后各服务年度依次顺延。

1.4 乙方应为甲方建立专属客户成功团队，包括项目经理一名、实施顾问不少于四名，分区域驻点完成门店部署；上线后为甲方指定客户经理，负责需求收集、问题跟踪和季度业务回顾。
1.5 乙方应为甲方总部及各区域提供报表配置服务，根据甲方经营管理需要配置商品销售、毛利、库存周转、促销效果、会员复购等报表，每个服务年度内报表配置需求不超过30张的，不另收费。
1.6 乙方应对门店店长、收银员和区域督导进行上线前培训和上线后驻店辅导，提供视频教程、操作手册和常见问题解答，新开门店或人员变动时提供远程培训。

2. 费用
2.1 SaaS服务费按门店计收，每座门店每个服务年度3,600元，80座门店每个服务年度合计288,000元，三个服务年度合计864,000元。
2.2 实施费为一次性费用156,000元。
2.3 本合同总金额为1,020,000元（含税）。门店数量增加的，新增门店按本条单价计费。

2.4 除本合同明确约定外，乙方不得以任何名义向甲方或门店收取其他费用。收银机、扫码枪、小票打印机等门店硬件由甲方自行采购，乙方负责安装调试和驱动适配。

3. 付款
3.1 实施费在全部门店上线验收合格后30日内一次性支付。
3.2 每个服务年度的服务费在该服务年度开始后30日内支付。
3.3 乙方应在付款前开具合法有效的增值税专用发票。

3.4 甲方按本合同第2.3条增加门店的，新增门店服务费自该门店上线之月起按月折算，与当期服务年度的服务费一并结算；甲方关闭门店的，应提前30日书面通知乙方，自关闭之月的次月起停止计收该门店服务费。
3.5 甲方依本合同第5.3条享有的服务费抵扣，在下一期服务费中直接扣减；合同终止时仍有未抵扣金额的，乙方应在30日内退还甲方。

4. 实施与验收
4.1 乙方应在合同签订后60日内完成80座门店的部署和上线。每逾期一日，乙方向甲方支付违约金1,200元。
4.2 上线验收标准：全部门店收银、库存、会员功能正常；迁移的商品及会员数据经抽样比对无差错；与加油卡系统的接口连续运行7日无差错；高峰时段单笔收银处理时间不超过2秒。
4.3 门店开始使用系统不视为验收，验收以甲方签署的验收单为准。

4.4 上线过程中，乙方应按门店分批切换，每批切换前与甲方区域负责人确认切换时间和回退方案，切换当日安排人员驻店保障，确保门店正常营业。

5. 服务水平
5.1 乙方承诺SaaS服务月度可用率不低于99.5%（计划内维护除外，计划内维护应安排在凌晨1时至5时并提前48小时通知）。
5.2 一级故障（任一门店无法收银或全部门店报表中断）：乙方应在30分钟内响应，2小时内恢复；二级故障2小时内响应，8小时内解决。
5.3 月度可用率低于承诺值或一级故障恢复超时的，按当月服务费的10%抵扣，每季度结算；每季度抵扣不超过当季服务费的50%。

6. 数据
6.1 甲方在系统中录入或产生的商品、交易、会员数据属于甲方。
6.2 甲方同意，乙方可以将甲方的交易数据去除门店名称和会员身份信息后，与其他客户的数据汇总，用于编制行业分析报告、优化选品算法及改进产品，此项使用在合同期满后仍可继续。
6.3 乙方应将数据存储于中国境内，系统通过网络安全等级保护三级测评，对会员个人信息加密存储，建立访问权限和日志审计。发生数据泄露的，乙方应在24小时内通知甲方并采取补救措施，因乙方原因造成损失的，乙方承担赔偿责任。

6.4 乙方应每日备份甲方数据，备份保存不少于30日，并每季度进行一次恢复演练；甲方可随时在系统中导出本方数据。

7. 保密
双方对履行合同中知悉的对方商业秘密及未公开信息负有保密义务，合同终止后三个服务年度内继续有效。

8. 知识产权
乙方为甲方定制的报表、接口程序的知识产权归甲方所有；SaaS平台本身的知识产权归乙方。

8.1 甲方的义务：为门店提供符合要求的网络和收银设备，指定项目负责人及各区域联络人，按时确认需求和验收。
8.2 乙方的运维支持：乙方设立7×24小时服务热线和在线工单，为门店提供远程支持；重大节假日前乙方应对系统进行巡检，并安排专人值守；每月向甲方提交服务报告，列明可用率、故障及处理情况、服务费抵扣金额。
8.3 乙方对系统版本升级应提前7日通知甲方，升级不得减少甲方已使用的功能，不得影响门店营业。

9. 续期
9.1 服务期满前30日内任何一方未书面提出不续期的，本合同自动续期一个服务年度，以后亦同。
9.2 每次续期时，乙方可根据市场情况上调服务费单价，上调幅度不超过8%，乙方应提前30日书面通知甲方。

10. 分包
乙方不得将本合同的实施服务分包；门店收银机安装确需当地服务商协助的，须事先取得甲方书面同意。

11. 违约与解除
11.1 乙方严重违约，经甲方书面通知后15日内未改正的，甲方有权解除合同，乙方应退还未履行服务期的服务费。
11.2 合同终止后30日内，乙方应协助甲方以通用格式导出全部数据，并在导出完成后删除。

11.3 因不可抗力导致服务中断的，受影响方应及时通知对方并尽力减少损失，相应期间不计入可用率考核，但乙方应启用容灾措施尽快恢复服务。
11.4 合同终止后，乙方应将门店定制报表、接口文档及全部数据字典移交甲方，并配合新服务商完成数据迁移，不得以任何理由拖延或收取额外费用。

12. 适用法律与争议
本合同适用中华人民共和国法律。争议协商不成的，提交南京仲裁委员会仲裁。

甲方（盖章）：江北能源连锁加油站管理有限公司　代表签字：________
乙方（盖章）：南京云便利软件科技有限公司　代表签字：________
签订日期：2026年5月__日
"""

Z04 = """临江市第二污水处理厂中控系统年度运维服务合同

采购方式：竞争性磋商　　项目编号：LJCG-2025-1186　　合同编号：LJPS-YW-2026-002

甲方（采购人）：临江市第二污水处理厂
地址：临江市沿江工业区滨江路1号
乙方（成交供应商）：湖南清源环境自动化有限公司
地址：长沙市岳麓区麓谷大道627号

根据临江市第二污水处理厂中控系统年度运维服务项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方经协商一致，订立本合同。

一、服务内容
（一）服务对象：甲方中控室上位机监控系统（SCADA）、9个PLC分控站、在线水质监测仪表（COD、氨氮、总磷、总氮、pH、流量）及其通讯网络、数据上传至生态环境部门在线监控平台的传输设备。
（二）服务内容：日常巡检与预防性维护；故障诊断与修复；PLC程序及上位机画面的小修改；在线仪表的校准、比对和试剂更换；数据传输有效率保障；运行报表整理；配合环保部门的检查和比对监测。
（三）乙方派驻现场运维工程师2名，工作日全天驻厂，节假日安排值班；另配备远程技术支持人员。

（四）乙方应建立运维台账，记录每日巡检情况、故障及处理过程、仪表校准比对结果、备件使用情况，每月5日前向甲方提交上月运维月报，每季度提交一次系统运行分析报告和改进建议。
（五）乙方应在汛期、重大节假日及环保督查期间加强值守，安排专人二十四小时待命，保证中控系统和在线监测数据稳定运行。
（六）乙方对中控系统的任何程序修改、参数调整，均须事先填写变更申请，经甲方运行主管批准后实施，并做好修改前备份和修改记录。

二、服务期限
服务期限自2026年1月1日起至2026年12月31日止。期满后是否续签，由甲方依政府采购程序另行确定。

（七）每个季度末，乙方应向甲方提交季度服务总结，包括设备运行状况、主要故障分析、仪表漂移趋势、备件消耗及下季度维护计划，经甲方确认后作为季度考核的依据之一。
（八）乙方应配合甲方完成中控系统的网络安全检查和整改，对发现的系统漏洞、弱口令等问题提出整改建议，经甲方同意后实施。

三、服务费用及支付
（一）本合同总价为人民币486,000元（含税），包括人工、交通、工具、常用耗材、校准试剂及仪表易损件费用；单件价格超过2,000元的备件由甲方另行采购。
（二）服务费按季度支付，每季度121,500元，在每季度考核合格后15个工作日内支付。
（三）乙方应在每次付款前开具合法发票。

（四）乙方应按照合同附件所列备件清单在甲方现场储备常用备件，包括PLC模块、交换机、仪表电极等，备件消耗后应在7日内补齐，确保故障时能够及时更换。

四、服务标准
（一）中控系统（上位机及网络）月度可用率不低于99.95%。
（二）一级故障（中控系统瘫痪、任一PLC分控站离线或在线监测数据中断）：乙方应在30分钟内响应，2小时内到达现场，6小时内恢复；二级故障2小时内响应，24小时内解决。
（三）在线监测数据传输有效率每月不低于98%。
（四）响应、到场或恢复每超时1小时，扣减当季服务费800元；数据传输有效率每低于承诺值1个百分点，扣减当季服务费2,000元。

（五）对于同一设备在一个季度内重复发生的同类故障，乙方应组织原因分析，提交书面报告和整改措施；确属设备老化需要更换的，应向甲方提出更新建议和预算参考，供甲方决策。
（六）乙方应协助甲方完成在线监测设备的年度有效性审核、环保部门比对监测和设备验收，准备所需的运行记录、校准记录和比对报告。

五、考核与验收
（一）甲方每季度按照磋商文件所附考核表对乙方进行考核，考核内容包括巡检记录完整性、故障处理时限、仪表比对合格率、数据传输有效率、报表质量，得分80分以上为合格。
（二）服务期满时，甲方组织年度验收：全年无因乙方原因导致的环保超标处罚；全部仪表校准记录齐全；系统文档及程序备份已更新并移交甲方。验收以甲方签署的验收意见为准。

（三）年度验收合格后，乙方应在15日内将全年运维台账、校准记录、程序备份、变更记录及技术文档整理成册，连同电子版一并移交甲方；服务期满不再续签的，乙方还应配合新运维单位完成交接，交接期不少于15日，交接期间不另收费。

六、服务交接
乙方应在合同签订后10日内完成与原运维单位的交接，包括程序备份、账号、文档和备件清点。交接逾期的，每逾期一日按合同总价的千分之一向甲方支付违约金。

交接完成后，双方应签署交接确认单，列明移交的程序版本、账号清单、文档目录和备件数量。

七、运行数据
中控系统中的运行数据、水质监测数据和报表均属于甲方，乙方不得用于本合同以外的任何目的。

八、保密
乙方对履行合同中知悉的甲方工艺参数、网络结构、账号口令及其他非公开信息负有保密义务，未经甲方书面同意不得向第三方披露。本条在合同终止后继续有效。

九、知识产权
乙方在服务中修改或新编的PLC程序、上位机画面、报表模板及技术文档，其知识产权归甲方所有。

十、分包
乙方可以将在线仪表的校准比对、通讯线路维修等专项工作分包给具有相应能力的单位，但应在分包前书面告知甲方分包单位名称及分包内容。乙方对分包单位的工作负责。

十一、违约责任
（一）乙方未按约定派驻人员的，每缺一人一日扣减服务费600元。
（二）因乙方原因导致出水数据异常或受到环保处罚的，乙方应承担相应损失。
（三）甲方逾期付款的，按应付未付金额每日万分之二支付违约金。

十二、合同解除
乙方连续两个季度考核不合格，或严重违约经甲方书面通知后10日内仍未改正的，甲方有权解除合同。

十二之一、人员管理
（一）乙方派驻人员应具有自动化或仪表相关专业背景及两个以上服务年度的同类运维经验，名单及资格证明须报甲方备案，未经甲方同意不得更换。
（二）乙方人员进入厂区须遵守甲方安全生产制度，进入有限空间、带电作业须办理作业票，因乙方人员违章造成的人身伤害或设备损坏由乙方负责。
（三）甲方为乙方驻场人员提供办公场所、网络及必要的工作条件，但不承担乙方人员的工资、社保及食宿费用。

十三、争议解决
本合同适用中华人民共和国法律。争议协商不成的，向甲方所在地人民法院提起诉讼。

十三之一、不可抗力
因洪水、地震、疫情等不可抗力导致不能履行合同的，受影响方应在3日内通知对方并提供证明，双方协商延期履行或部分免除责任。不可抗力期间，乙方仍应尽力协助甲方保障中控系统和在线监测设备的基本运行。

十四、其他
本合同一式五份，甲方三份，乙方二份。磋商文件、响应文件、成交通知书为本合同的组成部分。

甲方（盖章）：临江市第二污水处理厂　　代表签字：________
乙方（盖章）：湖南清源环境自动化有限公司　　代表签字：________
日期：2025年12月__日
"""

Z05 = """# 溯源云·生产追溯管理系统软件许可及开发合同

**（乙方标准合同文本 V3.2）**

合同编号：SYY-2026-0419

甲方：锡林郭勒草原红牛肉食品有限公司
地址：内蒙古锡林浩特市经济技术开发区食品园7号

乙方：呼和浩特溯源云信息技术有限公司
地址：呼和浩特市赛罕区金桥开发区腾飞路22号

甲方为牛肉干、风干牛肉等产品建立从活牛收购、屠宰分割、腌制烘烤到包装出库的全过程追溯体系，选用乙方“溯源云”生产追溯管理系统。双方经协商，按照乙方标准合同文本签订本合同。

## 第一条　合同标的

1.1 乙方向甲方提供“溯源云”生产追溯管理系统V3.2软件许可（永久许可，一个工厂，不限用户数）。

1.2 乙方按甲方需求进行定制开发，内容包括：一物一码赋码及包装线扫码、原料牛耳标与生产批次关联、烘烤工序温湿度数据采集、与甲方金蝶ERP的出入库接口、消费者扫码查询页面。

1.3 乙方负责系统安装部署、基础数据初始化和操作培训。

## 第二条　合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 溯源云生产追溯管理系统V3.2软件许可 | 680,000 |
| 2 | 定制开发（赋码扫码、批次关联、数据采集、ERP接口、查询页面） | 220,000 |
| 3 | 安装部署及培训 | 48,000 |
| | 合计 | 948,000 |

以上价格含税。赋码设备、扫码枪、工控机等硬件由甲方自行采购。

价格说明：

（1）软件许可费包括溯源云系统标准功能模块、数据库接口和移动端查询功能的使用授权，授权范围为甲方一个工厂，增加工厂或生产基地的，须另行购买许可；

（2）定制开发费按照双方确认的需求确认书计算，需求确认书以外的开发内容，按每人日2,800元另行计费；

（3）安装部署及培训费包括一次现场部署和两次集中培训，超出部分按实际人日计费。

## 第三条　付款方式

3.1 本合同签订后5个工作日内，甲方支付合同总价的50%，即474,000元。

3.2 系统上线运行后5个工作日内，甲方支付合同总价的50%，即474,000元。

3.3 甲方逾期付款的，每逾期一日按应付未付金额的千分之一支付违约金，乙方并有权暂停服务。

## 第四条　交付与上线

4.1 乙方在收到首期款后开始实施，计划在90日内完成部署和定制开发。因甲方需求变更、硬件未到位或现场条件不具备造成的延误，交付时间相应顺延。

4.2 系统在甲方生产线上线运行之日，即视为甲方验收合格。甲方在上线后提出的修改需求，按新增需求另行计费。

4.3 乙方交付的文件包括：系统安装包、用户操作手册、系统管理员手册和接口说明。定制开发部分的源代码不属于交付范围。

## 第五条　免费维护期与年度维保

5.1 免费维护期为自系统上线之日起六个月，期间乙方通过电话和远程方式提供技术支持和缺陷修复。

5.2 免费维护期满后，甲方应购买乙方年度维保服务，年度维保费为软件许可费的28%，即每个服务年度190,400元，每个服务年度开始前支付。

5.3 维保期间，一级故障（追溯系统无法赋码或无法查询）乙方在8小时内响应，其他故障在2个工作日内响应。乙方将尽力尽快排除故障，但不承担因故障产生的扣款、赔偿或违约金。

5.4 乙方提供的技术支持时间为工作日9:00至18:00，非工作时间的现场服务按乙方服务价格另行收费。免费维护期及维保期内的版本升级，以乙方发布的标准版本为准，不包括甲方的个性化修改。

5.5 甲方应安排专人负责系统日常使用和管理，按照乙方提供的操作手册使用系统。因甲方操作不当、擅自修改或硬件故障造成的问题，不属于免费维护范围。

## 第六条　知识产权

6.1 “溯源云”系统及乙方为本项目所做的全部定制开发成果（含源代码、接口程序、页面设计和技术文档）的知识产权均归乙方所有。

6.2 甲方在本合同约定的工厂范围内享有非独占的使用权，不得修改、反向工程或许可第三方使用。乙方可以将定制开发成果用于其他客户。

6.3 甲方在合同期内不得将系统提供给甲方关联公司、代工厂或其他第三方使用。甲方需要增加使用单位的，应与乙方另行签订许可协议。

6.4 乙方保证其提供的软件不侵犯第三方的知识产权，如第三方提出侵权主张，由乙方负责处理。

## 第七条　数据

7.1 甲方生产数据和追溯数据由甲方所有。

7.2 乙方对系统中的数据采取访问控制、加密传输和定期备份等安全措施；发生数据泄露的，乙方应及时通知甲方并采取补救措施，因乙方过错造成甲方损失的，乙方依法承担赔偿责任。

7.3 甲方同意乙方在去除甲方名称后，将追溯数据及产品流向数据用于乙方的产品改进、行业大数据分析及对外发布的食品安全追溯报告。

7.4 合同终止后，乙方可在甲方提出书面申请后协助导出甲方数据，导出服务按乙方服务价格另行收费。

7.5 乙方可以在系统中使用甲方名称和商标作为客户案例进行宣传，甲方另有书面要求的除外。

## 第八条　保密

双方应对在合作中知悉的对方商业秘密和技术秘密保密，未经对方同意不得向第三方披露。本条不因合同终止而失效。

## 第九条　合作伙伴

乙方可以将部分实施、开发工作委托其合作伙伴完成，委托时通知甲方即可。乙方对合作伙伴的工作成果负责。

## 第九条之一　甲方义务

甲方应及时提供实施所需的生产工艺资料、物料编码、产品规格和人员配合，按时准备网络、服务器、赋码设备和扫码设备，并在乙方提交的需求确认书、实施方案上签字确认。甲方未按时提供上述条件的，乙方实施期限相应顺延，由此增加的费用由甲方承担。

甲方应对其在系统中录入数据的真实性负责，妥善保管系统账号和密码。

## 第十条　违约责任

10.1 任何一方违反本合同约定的，应承担相应的违约责任。

10.2 乙方不对甲方的间接损失、利润损失承担责任。

## 第十一条　合同解除

一方严重违约，经对方书面催告后30日内仍未纠正的，对方有权解除本合同。

## 第十二条　争议解决

因本合同引起的争议，双方协商解决；协商不成的，向乙方所在地人民法院提起诉讼。

## 第十二条之一　不可抗力

因自然灾害、疫情、政府行为、网络运营商故障等不可抗力或乙方无法控制的原因导致系统不能正常运行的，乙方不承担责任。

## 第十三条　其他

本合同一式二份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：锡林郭勒草原红牛肉食品有限公司　　代表：________

乙方（盖章）：呼和浩特溯源云信息技术有限公司　　代表：________

签订日期：2026年6月__日
"""

E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. GLS-CN-2026-014
P:This Software Licence and Services Agreement (the "Agreement") is made on the date of the last signature below between Granite Ledger Software, Inc., a New Hampshire corporation with its principal office at 200 Market Street, Portsmouth, New Hampshire 03801, USA ("Vendor"), and Jiaxing Hengda Auto Parts Co., Ltd., a company organised under the laws of the People's Republic of China with its registered office at 88 Chengnan Road, Jiaxing, Zhejiang ("Customer").
H:Recitals
P:A. Vendor develops and licenses the LedgerQMS quality management software, used by manufacturers to manage inspection plans, non-conformances, corrective actions, supplier quality and audit records.
P:B. Customer manufactures brake and suspension components for vehicle makers and wishes to replace its paper-based and spreadsheet quality records with LedgerQMS at its two plants in Jiaxing.
P:C. At Customer's request all prices in this Agreement are stated and payable in Chinese Yuan (CNY).
H:Article 1 Definitions
P:1.1 "Software" means the LedgerQMS modules listed in Article 3, in object code, with their documentation and all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the configurations, report templates, inspection forms and interfaces that Vendor creates specifically for Customer under this Agreement, including their source code.
P:1.3 "Customer Data" means all data entered into, generated by or stored in the Software by or for Customer, including inspection results, supplier records and personal information of Customer's employees.
P:1.4 "Final Acceptance" means the written confirmation by Customer under Article 5.3 that the Software and the Custom Deliverables meet the acceptance criteria.
H:Article 2 Licence
P:2.1 Vendor grants Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software for the internal business purposes of Customer and its affiliates in the People's Republic of China, for the number of named users stated in Article 3.
P:2.2 Customer may make reasonable copies of the Software for backup, testing and disaster recovery. Customer shall not reverse engineer the Software except to the extent permitted by law.
P:2.3 The licence survives any termination of the services under this Agreement, provided that the Licence Fees have been paid.
H:Article 3 Scope and Prices
P:3.1 The Licence Fees are CNY 1,240,000 for the following: LedgerQMS Core with Inspection Planning, Non-Conformance and CAPA, Supplier Quality and Audit Management modules, for 260 named users and 40 shop-floor kiosk users.
P:3.2 Implementation services, comprising installation on Customer's servers, configuration of 140 inspection plans, migration of three years of open records, and interfaces with Customer's ERP and measuring-equipment database: CNY 286,000, fixed price.
P:3.3 Training of key users and administrators at both plants: CNY 34,000, fixed price.
P:3.4 The total Contract Price is CNY 1,560,000, inclusive of applicable Chinese taxes. Vendor shall issue valid VAT invoices through its Shanghai service partner or as otherwise agreed.
H:Article 4 Payment
P:4.1 Customer shall pay 10% of the Contract Price (CNY 156,000) within 20 days after signature of this Agreement against Vendor's invoice.
P:4.2 Customer shall pay 55% of the Contract Price (CNY 858,000) within 20 days after Vendor has installed the Software at both plants and Customer has signed the installation certificate. The installation certificate is not acceptance.
P:4.3 Customer shall pay the remaining 35% of the Contract Price (CNY 546,000) within 20 days after Final Acceptance.
H:Article 5 Delivery and Acceptance
P:5.1 Vendor shall complete installation within 45 days and submit the Software and the Custom Deliverables for acceptance testing within 120 days after signature.
P:5.2 The acceptance criteria are: all functions listed in the agreed functional specification work as described; all 140 inspection plans are configured and approved by Customer's quality manager; migrated records reconcile in full with the source spreadsheets; the ERP and measuring-equipment interfaces exchange data without error for 10 consecutive working days; and pages load in under 3 seconds with 80 concurrent users.
P:5.3 Customer shall test the Software within 20 working days after Vendor's notice of readiness and shall either sign a Final Acceptance certificate or list the failures found. Vendor shall correct the failures and resubmit. Use of the Software in production does not constitute acceptance.
H:Article 6 Warranty
P:6.1 Vendor warrants that the Software and the Custom Deliverables will perform materially in accordance with the documentation and the functional specification for 24 months after Final Acceptance (the "Warranty Period"). During the Warranty Period Vendor shall correct defects, supply all updates and new versions and provide support free of charge.
P:6.2 Vendor warrants that the Software contains no virus, time lock or other code designed to disable it.
H:Article 7 Support Services
P:7.1 Severity 1 means the Software is unavailable or a defect stops inspection or release of products at either plant. Vendor shall respond to Severity 1 incidents within 1 hour, at any time, and shall work continuously until a fix or workaround is in place. Severity 2 incidents shall be answered within 8 business hours.
P:7.2 If Vendor fails to respond to a Severity 1 incident within the response time, Vendor shall pay Customer CNY 1,000 for each hour or part of an hour of delay, which Customer may deduct from any amount due.
P:7.3 After the Warranty Period Customer may purchase annual support services. The annual support fee is 9% of the Licence Fees, namely CNY 111,600 per year, and Vendor shall not increase it for the first three support years. Support renews only by a purchase order from Customer; there is no automatic renewal.
H:Article 8 Customer Data and Security
P:8.1 Customer Data belongs to Customer. Vendor shall process Customer Data only to perform this Agreement and for no other purpose.
P:8.2 The Software is installed on Customer's own servers. Vendor personnel may access Customer's systems only through the remote-access tool provided by Customer, with a separate approval for each session. Vendor shall not copy Customer Data outside Customer's systems, shall comply with the Personal Information Protection Law and the Data Security Law of the PRC, and shall keep a record of every session.
P:8.3 Vendor shall notify Customer within 24 hours after becoming aware of any unauthorised access to or loss of Customer Data, shall assist Customer in remedying it, and shall be responsible for losses caused by Vendor's breach of this Article.
H:Article 9 Confidentiality
P:Each party shall keep confidential all non-public information received from the other party under this Agreement, shall use it only for this Agreement and shall not disclose it to any third party without the other party's prior written consent. This obligation continues for three years after the end of this Agreement.
H:Article 10 Intellectual Property
P:10.1 Vendor retains all intellectual property rights in the Software.
P:10.2 All intellectual property rights in the Custom Deliverables vest in Customer upon creation. Vendor shall deliver their source code at Final Acceptance. Customer may use, modify and license the Custom Deliverables without restriction.
P:10.3 Vendor shall defend Customer against any claim that the Software infringes a third party's rights and shall pay the resulting damages and costs.
H:Article 11 Delay and Liability
P:11.1 If Vendor fails to achieve Final Acceptance by the date in Article 5.1 for reasons attributable to Vendor, Vendor shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:11.2 Each party's total liability under this Agreement is limited to 150% of the Contract Price, except for liability for personal injury, fraud, wilful misconduct, infringement under Article 10.3, and breach of Article 8 or Article 9, which is not limited.
H:Article 12 Subcontracting
P:Vendor shall not subcontract any part of the services without Customer's prior written consent. Vendor remains responsible for the work of any approved subcontractor.
H:Article 13 Termination
P:13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after receiving written notice of the breach.
P:13.2 If Customer terminates under Article 13.1 before Final Acceptance, Vendor shall refund all amounts paid for the services that have not been accepted.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the State of New Hampshire, USA, without regard to its conflict-of-law rules. The United Nations Convention on Contracts for the International Sale of Goods does not apply.
P:14.2 Any dispute arising out of this Agreement shall be finally resolved by arbitration administered by the International Centre for Dispute Resolution under its International Arbitration Rules, by a sole arbitrator. The seat of arbitration is Portsmouth, New Hampshire, and the language is English. Before starting arbitration, the parties' senior managers shall meet, in person or by video conference, and try in good faith to settle the dispute within 30 days.
H:Article 15 General
P:15.1 This Agreement, with its annexes (functional specification and implementation plan), is the entire agreement of the parties and may be amended only in writing signed by both parties.
P:15.2 Neither party is liable for a delay caused by events beyond its reasonable control, such as natural disasters, epidemics or government action, provided it notifies the other party promptly and resumes performance as soon as possible.
P:15.3 Notices shall be in writing and sent to the addresses above, by courier or by e-mail with confirmation.
P:Signed for Granite Ledger Software, Inc.: ____________________ Name and title: ____________________ Date: __________
P:Signed for Jiaxing Hengda Auto Parts Co., Ltd.: ____________________ Name and title: ____________________ Date: __________
"""

E02 = """# ORDER FORM — StayDesk Hotel Property Management Cloud

**Narragansett Cloud Systems, LLC** · 75 Westminster Street, Providence, Rhode Island 02903, USA

Order Form No. NCS-OF-26-0312 · Date: 18 May 2026

This Order Form is entered into between Narragansett Cloud Systems, LLC ("Provider") and the Customer named below. It incorporates the StayDesk General Terms printed after it (together, the "Agreement"). If this Order Form and the General Terms conflict, this Order Form governs.

## 1. Customer

| Item | Details |
|---|---|
| Customer | Suzhou Lanting Hotel Management Co., Ltd. |
| Address | 16 Shiquan Street, Gusu District, Suzhou, Jiangsu, PRC |
| Properties | 14 mid-scale hotels in Suzhou, Wuxi and Changzhou, 1,820 rooms in total |
| Customer contact | Director of Information Technology |

## 2. Subscribed Services

StayDesk Cloud PMS (front desk, reservations, housekeeping, night audit, folio and invoicing), StayDesk Channel Connect (links to the online travel agencies used by Customer), StayDesk Guest Profiles and the StayDesk reporting package, for all 14 properties and up to 260 named users.

## 3. Term

The Subscription Term is two Subscription Years. Subscription Year 1 starts on the Subscription Start Date, which is the date of Go-Live Acceptance under section 6 below; Subscription Year 2 starts on the first anniversary of that date. The Agreement ends at the end of Subscription Year 2 unless the parties sign a new Order Form. There is no automatic renewal.

## 4. Fees

At Customer's request all fees are stated and invoiced in Chinese Yuan (CNY).

| Fee | Basis | Amount (CNY) |
|---|---|---|
| Subscription fee, Subscription Year 1 | 14 properties | 246,000 |
| Subscription fee, Subscription Year 2 | 14 properties | 246,000 |
| Onboarding (configuration, data migration, channel mapping, training) | one-time | 58,000 |
| **Total Contract Value** | | **550,000** |

Fees include applicable Chinese taxes. Additional properties may be added at CNY 17,600 per property per Subscription Year, pro rata.

## 5. Invoicing and Payment

5.1 Invoice 1, for the onboarding fee and the Subscription Year 1 fee (CNY 304,000), is issued on signature of this Order Form and is payable within 15 days, before the Subscription Start Date and before onboarding begins.

5.2 Invoice 2, for the Subscription Year 2 fee (CNY 246,000), is issued 30 days before Subscription Year 2 starts and is payable on its start date.

## 6. Onboarding and Go-Live Acceptance

6.1 Provider shall complete onboarding for all 14 properties within 75 days after receiving payment of Invoice 1.

6.2 Go-Live Acceptance tests, run jointly at each property: reservations, check-in, check-out and night audit completed without error for 3 consecutive days; room inventory synchronised with every connected travel agency within 60 seconds; migrated future reservations and guest profiles reconcile with the legacy system; invoices issued correctly. Customer signs a Go-Live Acceptance certificate when the tests are passed. Use of the system before that date is not acceptance.

6.3 If Go-Live Acceptance is delayed beyond the date in 6.1 for reasons attributable to Provider, Provider shall pay CNY 500 for each day of delay.

Signed for Provider: ____________________  Signed for Customer: ____________________

Customer acknowledges that it has read the General Terms below and agrees that they form part of this Order Form.

# STAYDESK GENERAL TERMS

## 1. Service Levels

1.1 Provider shall make the Subscribed Services available 99.95% of the time in each calendar month, excluding planned maintenance announced 72 hours in advance and carried out between 02:00 and 05:00 China Standard Time.

1.2 Priority 1 incidents (any property cannot check guests in or out, or the Subscribed Services are unavailable) shall be responded to within 30 minutes and restored within 3 hours, at any time of day. Priority 2 incidents shall be responded to within 2 hours.

1.3 If monthly availability falls below the commitment, or a Priority 1 incident is not restored in time, Provider shall credit Customer with 10% of the monthly share of the subscription fee for each event, up to 50% of that monthly share. Credits are applied against the next invoice or refunded at the end of the term.

## 2. Customer Data

2.1 Customer Data, meaning reservations, guest profiles, folios, rates and all other data entered into the Subscribed Services by or for Customer, belongs to Customer. Provider may use Customer Data only to provide the Subscribed Services to Customer.

2.2 Provider hosts Customer Data in data centres in mainland China operated by its local hosting partner, under a security programme certified to ISO 27001, with MLPS level 3 filing, encryption in transit and at rest, role-based access and logging. Guest personal information is processed in accordance with the Personal Information Protection Law.

2.3 Provider shall notify Customer within 24 hours after becoming aware of a security incident affecting Customer Data, shall cooperate in responding to it, and shall be responsible for losses and regulatory costs caused by its failure to comply with this section.

2.4 Within 30 days after the end of the Agreement, Provider shall return Customer Data in a standard export format and then delete it.

## 3. Confidentiality

Each party shall protect the other party's confidential information with reasonable care, use it only for the Agreement and not disclose it to third parties, except to its employees and advisers who need to know it and are bound by equivalent duties. These duties survive for three years after the Agreement ends.

## 4. Intellectual Property

4.1 Provider owns the Subscribed Services and all improvements to them.

4.2 Rate plans, report layouts, interface mappings and other configurations made specifically for Customer during onboarding belong to Customer, which may use, modify and let third parties use them without restriction.

## 5. Subcontractors and Sub-processors

Provider may use affiliates, subcontractors and sub-processors of its choice to perform any part of the Agreement, including hosting, support and onboarding. Provider will inform Customer by e-mail of any new subcontractor or sub-processor, and remains responsible for their performance.

5A. Customer Responsibilities for Travel Agency Accounts

Customer remains responsible for its contracts with online travel agencies and payment service providers. Provider shall connect to them only with Customer's authorisation, shall keep the connection credentials encrypted, and shall tell Customer promptly if a connected agency changes its interface in a way that affects the Subscribed Services.

## 6. Warranties

Provider warrants that the Subscribed Services will perform materially as described in the documentation and that onboarding will be performed in a professional manner.

## 7. Limitation of Liability

7.1 Neither party is liable for indirect or consequential loss, lost profits or lost revenue.

7.2 Provider's total liability arising out of or in connection with the Agreement shall not exceed the fees paid by Customer in the 6 months preceding the event giving rise to the claim.

7.3 The limitations in this section do not apply to breach of section 2 or section 3, personal injury, or fraud.

## 8. Termination

8.1 Either party may terminate the Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.

8.2 If Customer terminates under 8.1, Provider shall refund the prepaid fees for the remaining part of the Subscription Term.

## 9. Suspension

Provider may suspend access only if an invoice remains unpaid for more than 30 days after a written reminder, and shall restore access promptly after payment.

## 10. Governing Law and Disputes

These General Terms and the Order Form are governed by the laws of the People's Republic of China. Disputes shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules in force at the time of application. The award is final and binding on both parties.

## 11. General

11.1 Neither party may assign the Agreement without the other party's written consent, except to a successor of its whole business.

11.2 Neither party is liable for failure or delay caused by events beyond its reasonable control, provided it gives prompt notice and takes reasonable steps to limit the effects.

11.3 Amendments must be in writing and signed by both parties.

## 12. Support and Customer Responsibilities

12.1 Provider shall run a support desk in Mandarin and English, reachable by telephone, e-mail and the in-application portal around the clock for Priority 1 incidents and from 08:00 to 22:00 China Standard Time for other requests. Each incident receives a ticket number and Customer may follow its status in the portal.

12.2 Customer shall name a project lead for onboarding, provide timely access to its legacy system exports and to its accounts with the online travel agencies, and ensure that its users keep their passwords secure. Customer is responsible for the accuracy of the rates and content it enters.

12.3 Provider shall provide Customer with a monthly service report showing availability, incidents by priority, response and restoration times, and any credits due.

12.4 Provider shall give Customer at least 30 days' written notice of any change to the Subscribed Services that removes a function used by Customer, and shall not reduce the functions subscribed under this Order Form during the Subscription Term.
"""

E03 = """T:SUPPLY AND INSTALLATION CONTRACT — COLD STORE TEMPERATURE MONITORING SYSTEM
P:Contract No. HZLL-2026-EQ-027
P:Buyer: Hangzhou Lianlu Cold Chain Logistics Co., Ltd., 9 Xiasha Logistics Park Road, Qiantang District, Hangzhou, Zhejiang, PRC (the "Buyer").
P:Supplier: Housatonic Instruments, Inc., 41 Commerce Drive, Danbury, Connecticut 06810, USA (the "Supplier").
P:Background: The Buyer operates three cold stores and a chilled cross-dock at its Xiasha logistics park, storing frozen food and pharmaceutical products for its customers. The Buyer must record storage temperatures continuously to meet food safety and good distribution practice requirements. The Supplier manufactures wireless temperature and humidity sensors and monitoring software. After a competitive tender the Buyer has selected the Supplier, and the parties agree as follows.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways and accessories listed in the price table in clause 2.
P:1.2 "Software" means the ColdTrace monitoring software licensed under clause 3, including its alarm and reporting functions.
P:1.3 "System" means the Equipment and the Software installed, configured and calibrated at the Site.
P:1.4 "Site" means the Buyer's logistics park at the address above.
P:1.5 "Final Acceptance" means the Buyer's written acceptance of the System under clause 5.3.
H:2. Scope and Price
P:2.1 The Supplier shall supply, install, configure and calibrate the System, train the Buyer's staff and provide warranty service, for the following prices in Chinese Yuan (CNY):
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensor, -40 to +60 °C, with calibration certificate|360|1,150|414,000
TB:2|Industrial gateway with 4G backup link|24|6,800|163,200
TB:3|ColdTrace monitoring software, perpetual licence, unlimited users|1|238,000|238,000
TB:|Equipment and Software Subtotal|||815,200
TB:4|Installation, configuration and on-site calibration|1 lot|96,400|96,400
TB:5|Training of operators and administrators|1 lot|18,400|18,400
TB:|Contract Price|||930,000
P:2.2 The Contract Price is fixed, includes all taxes, import duties, transport to the Site and insurance, and covers all work needed to deliver a complete and working System.
H:3. Software Licence
P:3.1 The Supplier grants the Buyer a perpetual, non-exclusive licence to use the Software for the Buyer's operations at the Site and any other site of the Buyer in the PRC, for any number of users.
P:3.2 The Software shall be installed on the Buyer's own servers. The Supplier shall provide the installation media, licence keys and documentation in Chinese and English.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver the Equipment to the Site within 50 days after signature and complete installation and calibration within 30 days after delivery.
P:4.2 The Supplier shall carry out the installation without interrupting the Buyer's operations, shall follow the Buyer's site safety rules, and shall work in the freezer rooms only with the protective clothing and time limits set by the Buyer.
P:4.3 If delivery or completion of installation is delayed for reasons attributable to the Supplier, the Supplier shall pay liquidated damages of 0.1% of the Contract Price per day of delay, up to 10% of the Contract Price.
H:5. Acceptance
P:5.1 After installation the Supplier shall issue an installation certificate. The installation certificate is not acceptance.
P:5.2 Acceptance criteria: every sensor reports to the Software at the configured interval; each sensor reads within ±0.3 °C of a reference thermometer at three test points; alarms reach the Buyer's duty staff by SMS and telephone within 60 seconds of a threshold breach; data are kept without gaps during a simulated power cut and network failure; and the System runs for 30 consecutive days without a Severity 1 fault.
P:5.3 The Buyer shall issue a Final Acceptance certificate within 10 working days after the criteria are met. Use of the System before that date is not acceptance.
P:5.4 If the System fails a test, the Supplier shall correct the fault at its own cost and the failed test, and any other test affected by the correction, shall be repeated. The 30-day period restarts after a Severity 1 fault.
H:6. Payment
P:6.1 There is no advance payment.
P:6.2 The Buyer shall pay 65% of the Contract Price (CNY 604,500) within 30 days after the installation certificate and receipt of a valid invoice.
P:6.3 The Buyer shall pay the remaining 35% of the Contract Price (CNY 325,500) within 30 days after Final Acceptance.
H:7. Warranty and Support
P:7.1 The Supplier warrants the System against defects in design, materials and workmanship for 36 months after Final Acceptance. During this period the Supplier shall repair or replace defective items, supply Software updates and recalibrate the sensors once a year, all free of charge.
P:7.2 Severity 1 means that alarms cannot be raised or that temperature data are not recorded for a whole storage room. The Supplier shall respond to a Severity 1 fault within 1 hour and restore the function within 24 hours, using spare sensors and gateways kept at the Site.
P:7.3 For each hour by which the Supplier exceeds a response or restoration time, the Supplier shall pay CNY 600, which the Buyer may deduct from any sum due.
P:7.4 After the warranty the Buyer may order annual support, covering repairs, updates and annual recalibration, at 7.5% of the Equipment and Software Subtotal, namely CNY 61,140 per year. This price is fixed for the first two support years after the warranty. Support is ordered year by year and does not renew automatically.
H:8. Data and Security
P:8.1 All temperature records, alarm logs and other data generated by the System belong to the Buyer. The Supplier shall use them only to perform this Contract.
P:8.2 The Supplier's remote access to the System shall be approved by the Buyer for each session, made through the Buyer's VPN and logged. The Supplier shall not copy the Buyer's data outside the Buyer's systems, and gateways returned for repair shall be wiped first.
P:8.3 The Supplier shall report any security incident affecting the System or the Buyer's data within 12 hours and shall compensate the Buyer for losses caused by the Supplier's breach of this clause.
H:8A. Training and Documentation
P:8A.1 The Supplier shall train up to 20 operators and 4 administrators at the Site in two sessions, covering daily use of the Software, alarm handling, report generation, battery replacement and sensor relocation. Training materials shall be supplied in Chinese.
P:8A.2 At Final Acceptance the Supplier shall hand over as-built drawings showing every sensor and gateway, the calibration certificates of all sensors, the System configuration backup, the administrator manual and the spare parts list.
P:8A.3 The Supplier shall keep at the Site, at its own cost during the warranty, a stock of spare sensors and gateways equal to at least three percent of the installed quantity, and shall replenish it within 10 days after use.
H:9. Confidentiality
P:The parties shall keep confidential all non-public information received under this Contract, including the Buyer's customer lists, storage layouts and network details, and shall not disclose it without prior written consent, during this Contract and for three years after it ends.
H:10. Intellectual Property
P:10.1 The Equipment firmware and the Software remain the Supplier's property and are licensed under clause 3.
P:10.2 Dashboards, report templates, alarm rules and interface scripts made specifically for the Buyer belong to the Buyer, which may use and modify them freely.
H:11. Liability
P:The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of clauses 8 and 9, which are not limited.
H:11A. Compliance
P:The Supplier warrants that the Equipment carries the Chinese certifications required for radio equipment and for use in cold stores, that the sensor calibration is traceable to national standards, and that the Software can produce the temperature reports required by the Buyer's customers for food safety and good distribution practice audits. The Supplier shall supply the certificates on delivery.
H:12. Subcontracting
P:The Supplier shall not subcontract any part of the installation or support without the Buyer's prior written consent and remains responsible for any approved subcontractor.
H:13. Termination
P:The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 15 days after notice, or if the liquidated damages under clause 4.3 reach their maximum.
H:13A. Force Majeure
P:Neither party is liable for delay caused by events beyond its reasonable control, such as natural disasters, epidemics or government action, if it notifies the other party within 5 days and takes reasonable steps to limit the effects. The time for performance is extended by the period of the delay.
H:14. Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Hangzhou Arbitration Commission for arbitration in Hangzhou.
P:Annex 1: Sensor placement plan. Annex 2: Acceptance test procedure.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# MANAGED IT SERVICES AGREEMENT

Agreement No. CBM-QD-2026-07

**Provider:** Casco Bay Managed IT, Inc., 120 Exchange Street, Portland, Maine 04101, USA ("Provider")

**Customer:** Qingdao Fengyuan Seafood Processing Co., Ltd., 6 Haixi Road, Huangdao District, Qingdao, Shandong, PRC ("Customer")

## Background

Customer runs three seafood processing plants and a cold-chain warehouse in Qingdao with about 420 computer users, a plant network linking weighing, labelling and freezing equipment, and an on-site server room. Customer wishes to hand the day-to-day operation of this environment to Provider. Provider delivers the services through its operations centre and its engineers in Qingdao. At Customer's request all charges are stated and paid in Chinese Yuan (CNY).

## 1. Services

1.1 Provider shall provide the managed services described in Schedule 1 (the "Services") for the sites listed there.

1.2 Provider shall perform the Services with suitably skilled staff, in line with good industry practice and with Customer's reasonable site and safety rules.

1.3 Customer shall give Provider's engineers access to its sites and systems as needed, name an IT coordinator, and keep its own software licences valid.

## 2. Term

2.1 The Agreement starts on signature. The Initial Term of 36 months starts on the Service Commencement Date, which is the date of Customer's written acceptance under clause 4.

2.2 The Agreement ends at the end of the Initial Term. Any extension requires a written amendment signed by both parties. There is no automatic renewal.

## 3. Charges and Payment

3.1 The charges are set out in Schedule 2. The monthly charge is invoiced monthly in arrears and paid within 30 days of the invoice.

3.2 The transition fee is invoiced after the Service Commencement Date and paid within 30 days.

3.3 No advance payment is due under this Agreement.

## 4. Transition and Service Commencement

4.1 Provider shall complete transition within 60 days after signature: inventory of all devices and applications, installation of monitoring agents, documentation of the network, creation of runbooks, handover from Customer's current support staff, and a 14-day parallel run.

4.2 Service Commencement criteria: all devices listed in the inventory are monitored; the service desk answers test calls and tickets in line with Schedule 3; backup jobs for all listed servers complete and a test restore succeeds; runbooks are approved by Customer. Customer shall sign an acceptance note within 5 working days after the criteria are met.

4.3 If the Service Commencement Date is delayed beyond the date in 4.1 for reasons attributable to Provider, Provider shall pay CNY 1,000 for each day of delay.

## 5. Service Levels

5.1 Provider shall meet the service levels in Schedule 3 and report on them each month.

5.2 If Provider misses a service level, Customer receives the service credits in Schedule 3. Service credits are Customer's sole and exclusive remedy for any failure to meet the service levels.

5.3 Provider shall hold a monthly service review with Customer's IT coordinator to go through the service report, open incidents, planned changes and any service credits due, and shall keep minutes of each review.

5.4 Provider shall maintain an up-to-date inventory of all managed devices, software and accounts, available to Customer at any time through the portal, and shall record every change in Customer's change log.

## 6. Customer Data and Security

6.1 Customer Data means all data stored on or passing through the systems managed by Provider, including production, sales and employee data. Customer Data belongs to Customer. Provider shall use it only to perform the Services.

6.2 Provider shall access Customer's systems only through named accounts with multi-factor authentication, log all privileged sessions, keep Customer Data in Customer's own systems in China, apply Customer's information security policy and the Data Security Law and Personal Information Protection Law of the PRC, and shall not take any copy of Customer Data off Customer's systems.

6.3 Provider shall notify Customer within 12 hours after detecting any security incident affecting Customer Data, shall contain and investigate it together with Customer, and shall be responsible for losses caused by its breach of this clause.

6.4 Provider shall review user accounts with Customer every quarter, remove accounts of staff who have left by the next working day after notice, and run an annual restore and incident-response exercise with Customer.

## 7. Intellectual Property

Runbooks, scripts, network diagrams and configuration documents made for Customer under this Agreement belong to Customer, which may use and modify them freely, including with another provider. Provider keeps its own monitoring tools, which are licensed to Customer for the Term only.

## 8. Staff and Subcontracting

8.1 Provider shall name a service delivery manager and keep at least two engineers based in Qingdao.

8.2 Provider shall not subcontract any part of the Services without Customer's prior written consent, and remains responsible for any approved subcontractor.

8.3 Customer may ask Provider to replace any engineer whose work or conduct is unsatisfactory, and Provider shall do so within 15 days without charge.

## 9. Liability

9.1 Neither party is liable for indirect loss or loss of profit.

9.2 Provider's total liability under this Agreement is limited to 150% of the Total Contract Value in Schedule 2, except for personal injury, wilful misconduct and breach of clause 6, which are not limited.

9.3 Each party shall maintain adequate insurance for its obligations under this Agreement, including professional indemnity and public liability insurance, and shall show evidence of it on request.

## 10. Term Commitment and Ending

10.1 Customer commits to the full Initial Term. Customer may not terminate this Agreement before the end of the Initial Term for any reason, including a breach of this Agreement by Provider; Customer's remedies for any breach are service credits under clause 5 and claims for damages under clause 9.

10.2 Provider may terminate this Agreement by written notice if Customer fails to pay an undisputed invoice within 60 days after a written reminder.

10.3 At the end of the Agreement Provider shall hand over all passwords, documents, runbooks and scripts and shall support the transfer of the Services to Customer or a new provider for up to 30 days at the rates in Schedule 2.

10.4 During the handover Provider shall keep the Services running at the service levels in Schedule 3 and shall answer the new provider's questions about the environment, so that the plants and the warehouse are not interrupted.

## 11. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao.

## 12. General

12.1 Neither party is liable for delay caused by events beyond its reasonable control if it notifies the other promptly.

12.2 Amendments must be in writing and signed by both parties. The Schedules form part of this Agreement.

Signed for Provider: ____________________ Signed for Customer: ____________________

## Schedule 1 — Services

| Service | Scope |
|---|---|
| Service desk | Mandarin and English service desk for all users, by telephone, portal and WeChat, 07:00–21:00 daily; on-call engineer at other times |
| End-user support | 420 desktops and laptops, printers and label printers at three plants and the warehouse; on-site engineers on working days |
| Network operations | 24×7 monitoring of firewalls, core and access switches, wireless access points and the links between sites; changes under Customer-approved change control |
| Server and backup | 26 servers in the server room: patching, monitoring, nightly backup, quarterly restore tests |
| Plant systems support | First-line support for weighing, labelling and freezer-control workstations, with escalation to their vendors |
| Reporting | Monthly service report and quarterly service review with Customer's IT coordinator |

## Schedule 2 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition fee | one-time | 64,000 |
| Monthly charge | 36 months × 38,500 | 1,386,000 |
| **Total Contract Value** | | **1,450,000** |
| Additional work outside scope | per engineer day | 2,400 |

## Schedule 3 — Service Levels and Credits

| Item | Level | Credit if missed |
|---|---|---|
| Availability of the core network and server room systems | 99.95% per month | 5% of the monthly charge for each 0.1 point below the level |
| Priority 1 incident (a plant cannot weigh, label or ship, or the network is down at a site) | response within 30 minutes, restoration within 3 hours | CNY 800 for each hour late |
| Priority 2 incident (a group of users or one production line affected) | response within 1 hour, restoration within 8 hours | CNY 300 for each hour late |
| Service desk calls | 90% answered within 60 seconds | 2% of the monthly charge |
| Backup success | 99% of scheduled jobs per month | 2% of the monthly charge |

Total service credits in a month are limited to 25% of the monthly charge.
"""

E05 = """DATA SUBSCRIPTION AGREEMENT — AGRICULTURAL MARKET AND WEATHER DATA API

Agreement No. BDS-2026-CN-0088

BETWEEN
Brandywine Data Services, Inc., a Delaware corporation, 1000 North King Street, Wilmington, Delaware 19801, USA ("Provider"); and
Hefei Jinsui Grain Trading Co., Ltd., 35 Changjiang West Road, Shushan District, Hefei, Anhui, PRC ("Customer").

BACKGROUND
Provider collects, cleans and publishes agricultural market data, including futures and cash prices for grains and oilseeds, crop progress and condition reports, and gridded weather observations and forecasts, and makes them available to subscribers through a web application programming interface (the "API"). Customer buys wheat, corn and soybeans from farmers and cooperatives in Anhui and Henan and sells to flour mills and feed producers. Customer wishes to feed Provider's data into its purchasing and risk dashboards. At Customer's request all fees are stated and paid in Chinese Yuan (CNY).

1. DEFINITIONS
1.1 "Data" means the data sets listed in clause 2 as delivered through the API.
1.2 "Subscription Year" means the period from the Subscription Start Date, or from an anniversary of it, to the day before the next anniversary.
1.3 "Subscription Start Date" means the date of Integration Acceptance under clause 4.
1.4 "Customer Materials" means Customer's account information, API keys, query logs and any data that Customer uploads to the API, such as the coordinates of its warehouses.
1.5 "Custom Deliverables" means the custom endpoints, field mappings and sample integration code that Provider prepares specifically for Customer under clause 4.

2. DATA SETS AND LICENCE
2.1 The subscription covers: daily settlement prices of the main grain and oilseed futures contracts; weekly crop progress and condition reports for the main producing countries; daily weather observations and 15-day forecasts on a 0.25-degree grid for China, the Americas and the Black Sea region; and historical archives of all of these going back ten seasons.
2.2 Provider grants Customer a non-exclusive, non-transferable licence during the Term to access the Data through the API, to store it in Customer's internal systems and to use it for Customer's internal business purposes, including internal reports and models. Customer shall not resell the Data or publish it in raw form.
2.3 The subscription includes up to 2,000,000 API calls per Subscription Year. Additional calls are charged at CNY 12 per 1,000 calls, invoiced quarterly in arrears.

3. TERM
3.1 The Initial Term is two Subscription Years from the Subscription Start Date.
3.2 At the end of the Initial Term, and of each renewal term, this Agreement renews automatically for a further Subscription Year unless either party gives written notice of non-renewal at least 60 days before the end of the current term.
3.3 For each renewal term Provider may increase the subscription fee by up to 9% over the fee for the preceding Subscription Year by giving Customer written notice at least 30 days before the end of the current term.

4. SET-UP AND INTEGRATION ACCEPTANCE
4.1 Provider shall within 40 days after signature issue production API keys, build two custom endpoints that return prices and weather for Customer's 23 purchasing locations in one call, map the fields to Customer's dashboard schema, and supply sample integration code.
4.2 Integration Acceptance criteria: the custom endpoints return complete and correct data for all 23 locations in a 10-day test; historical archives load into Customer's test database and reconcile with Provider's published record counts; daily price data are available by 08:00 China Standard Time on each trading day of the test. Customer shall confirm Integration Acceptance in writing within 5 working days after the criteria are met.
4.3 If Integration Acceptance is delayed beyond the date in 4.1 for reasons attributable to Provider, Provider shall pay CNY 300 for each day of delay.

5. FEES AND PAYMENT
5.1 Subscription fee: CNY 186,000 per Subscription Year, CNY 372,000 for the Initial Term.
5.2 Set-up fee for the work in clause 4.1: CNY 18,000, one-time.
5.3 Total fees for the Initial Term: CNY 390,000, including applicable Chinese taxes, excluding any additional API calls under clause 2.3.
5.4 The set-up fee is invoiced after Integration Acceptance. The subscription fee is invoiced in equal quarterly instalments at the start of each quarter of each Subscription Year. Invoices are payable within 30 days.

6. SERVICE AND SUPPORT
6.1 Provider will use commercially reasonable efforts to keep the API available and to publish each data set on its usual schedule, and to answer support requests sent by e-mail or through its support portal promptly.
6.2 Provider may carry out maintenance on the API from time to time and will try to give notice of planned maintenance on its status page.
6.3 Provider does not warrant that the Data are complete or free of errors, since much of it comes from public and third-party sources, but it will correct errors that it identifies or that Customer reports.

6.4 Provider shall publish on its status page the schedule on which each data set is normally updated, and shall tell Customer by e-mail if a data set will be discontinued or its format changed, giving at least 60 days' notice of any discontinuation or format change that affects the custom endpoints.
6.5 Provider shall give Customer access to its support portal, its API documentation in English and Chinese, and a test environment with sample data that Customer may use without counting toward its call allowance.

7. CUSTOMER MATERIALS AND SECURITY
7.1 Customer Materials belong to Customer. Provider shall use them only to provide the API to Customer and shall not share them with any third party or use them for any other purpose.
7.2 Provider shall protect Customer Materials with industry-standard security measures, including encryption in transit and at rest, access limited to named staff, and logging of access. Provider shall not transfer Customer's query logs or location coordinates to any third party.
7.3 Provider shall notify Customer within 24 hours after becoming aware of any unauthorised access to Customer Materials, shall take steps to contain it, and shall be responsible for the losses caused to Customer by its breach of this clause.
7.4 Customer shall keep its API keys secure and shall be responsible for use of the API made with its keys.

7.5 At the end of the Agreement Provider shall delete Customer Materials, including query logs and location coordinates, within 30 days and confirm the deletion in writing.

8. CONFIDENTIALITY
Each party shall keep confidential the non-public information of the other party received under this Agreement, including Provider's pricing and Customer's purchasing locations and volumes, shall use it only for this Agreement, and shall not disclose it without the other party's prior written consent. These duties survive for three years after the Agreement ends.

9. INTELLECTUAL PROPERTY
9.1 Provider and its data sources keep all rights in the Data and the API.
9.2 The Custom Deliverables belong to Customer, which may use, modify and license them freely. Provider shall hand over their specifications and code at Integration Acceptance.
9.3 Reports, models and analyses that Customer creates using the Data belong to Customer.

9.4 Provider shall update the Custom Deliverables without charge if Provider changes the API in a way that would otherwise stop them from working.

10. LIABILITY
10.1 Neither party is liable for indirect or consequential loss or loss of profits.
10.2 Provider's total liability under this Agreement is limited to 150% of the total fees for the Initial Term, except for breach of clause 7 or clause 8, personal injury and wilful misconduct, which are not limited.

11. SUBCONTRACTING
Provider shall not subcontract any part of its obligations under this Agreement without Customer's prior written consent, apart from its existing data centre hosting provider in mainland China named in Annex 1, and remains responsible for any subcontractor.

12. TERMINATION
12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice.
12.2 If Customer terminates under 12.1, Provider shall refund the fees paid for the period after termination.
12.3 On termination Customer may keep Data already stored in its systems for internal archive purposes but shall make no new use of it.

13. GOVERNING LAW AND DISPUTES
This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules. The award is final and binding.

14. GENERAL
14.1 Neither party may assign this Agreement without the other party's written consent.
14.2 Neither party is liable for delay caused by events beyond its reasonable control, provided that it notifies the other party promptly.
14.3 This Agreement, with Annex 1 (hosting provider) and Annex 2 (API documentation), is the entire agreement between the parties and may be amended only in writing signed by both parties.

SIGNED for Brandywine Data Services, Inc.: ____________________  Date: __________
SIGNED for Hefei Jinsui Grain Trading Co., Ltd.: ____________________  Date: __________
"""

TARGETS = {
    "z01": ("h552z01_justice_bureau_community_correction_platform.pdf", "pdf", "zh", Z01),
    "z02": ("h552z02_dairy_uht_steriliser_control_retrofit.docx", "docx", "zh", Z02),
    "z03": ("h552z03_fuel_station_chain_retail_saas.txt", "txt", "zh", Z03),
    "z04": ("h552z04_wastewater_plant_scada_annual_om.txt", "txt", "zh", Z04),
    "z05": ("h552z05_beef_jerky_traceability_supplier_template.md", "md", "zh", Z05),
    "e01": ("h552e01_qms_perpetual_licence_nh_vendor.pdf", "pdf", "en", E01),
    "e02": ("h552e02_hotel_pms_saas_order_form_ri_vendor.md", "md", "en", E02),
    "e03": ("h552e03_cold_store_sensors_ct_vendor.docx", "docx", "en", E03),
    "e04": ("h552e04_managed_it_services_me_vendor.md", "md", "en", E04),
    "e05": ("h552e05_agri_data_api_subscription_de_vendor.txt", "txt", "en", E05),
}

KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
G, S = "goods_or_licence", "service"
# key: category, terms (in KEYS order), extra, fee_base (goods only), design rules
DESIGN = {
    "z01": ("software", [99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 36, 7, False, True, False, "PRC", G],
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False, contract_value=1760000), 980000, []),
    "z02": ("hardware", [None, 1, True, "buyer", True, True, True, 0.03, 60, 20, True, True, 24, 6, False, True, False, "PRC", G],
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False, contract_value=1320000), 1148000,
            ["CR-LD-LOW", "CR-LIABILITY-CAP"]),
    "z03": ("cloud", [99.5, 0.5, True, "buyer", True, False, True, 1200 / 1020000 * 100, None, None, True, None, None, None, True, True, False, "PRC", S],
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=1020000), None,
            ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"]),
    "z04": ("services", [99.95, 0.5, True, "buyer", False, True, True, 0.1, None, None, True, None, None, None, False, True, True, "PRC", S],
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=486000), None,
            ["CR-DATA-SECURITY", "CR-SUBCONTRACT"]),
    "z05": ("software", [None, 8, False, "supplier", True, False, True, None, None, 50, False, False, 6, 28, False, True, True, None, G],
            dict(sla_clause=True, ld_stated=False, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=True, contract_value=948000), 680000,
            ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT",
             "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"]),
    "e01": ("software", [None, 1, True, "buyer", True, True, True, 0.1, 150, 10, True, True, 24, 9, False, True, False, "New Hampshire", G],
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False, contract_value=1560000), 1240000,
            ["CR-GOVERNING-LAW"]),
    "e02": ("cloud", [99.95, 0.5, True, "buyer", True, True, True, 500 / 550000 * 100, 6 / 24 * 100, 304000 / 550000 * 100, True, None, None, None, False, True, True, "PRC", S],
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=550000), None,
            ["CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-SUBCONTRACT"]),
    "e03": ("hardware", [None, 1, True, "buyer", True, True, True, 0.1, 200, None, True, True, 36, 7.5, False, True, False, "PRC", G],
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False, contract_value=930000), 815200, []),
    "e04": ("services", [99.95, 0.5, True, "buyer", True, True, False, 1000 / 1450000 * 100, 150, None, True, None, None, None, False, False, False, "PRC", S],
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=1450000), None,
            ["CR-CONFIDENTIALITY", "CR-TERMINATION"]),
    "e05": ("cloud", [None, None, False, "buyer", True, True, True, 300 / 390000 * 100, 150, None, True, None, None, None, True, True, False, "PRC", S],
            dict(sla_clause=False, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=390000), None,
            ["CR-AUTO-RENEWAL", "CR-SLA-MISSING", "CR-SLA-RESPONSE"]),
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY",
             "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-PREPAYMENT",
             "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE", "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT",
             "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE", "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def tco_share(t, x, fee_base):
    """Policy section 4: 5-year horizon from acceptance; purchase price = contract value; post-warranty years pro rata."""
    if t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * fee_base
    return fees / (x["contract_value"] + fees) * 100


def derive_rules(t, x, fee_base):
    """My own reading of policy.md section 3, from the labels alone."""
    r = set()
    if not x["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
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
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(t, x, fee_base)
        if share is not None and share > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC"):
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if set(rules) & HIGH:
        return "high"
    if set(rules) - LOW:
        return "medium"
    return "low" if not rules or set(rules) <= LOW else "medium"


def strip_markup(src):
    return "\n".join(line.partition(":")[2] for line in src.splitlines() if line.strip())


def read_back(path, kind):
    if kind in ("txt", "md"):
        return path.read_text(encoding="utf-8")
    if kind == "docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" | ".join(c.text for c in row.cells))
        return "\n".join(parts)
    from pypdf import PdfReader
    return "\n".join(p.extract_text() or "" for p in PdfReader(str(path)).pages)


NUM = r"(?<![\d.])"
THRESH = [
    ("99.9", NUM + r"99\.90*(?!\d)"),
    ("4h", NUM + r"4\s*(?:小时|個小時|个小时|hours?\b|hrs?\b|-hour|h\b)|(?<![〇一二三四五六七八九十])四\s*(?:个)?\s*小时|four[\s-]*hours?|four[\s-]*hour|" + NUM + r"240\s*(?:分钟|minutes?)"),
    ("0.05%", NUM + r"0\.050*\s*%|万分之五(?![十\d])|千分之(?:零|〇)点五|" + NUM + r"0\.5\s*‰"),
    ("100%", NUM + r"100(?:\.0+)?\s*(?:%|％|percent|per\s*cent)|百分之(?:一)?百|one[\s-]*hundred[\s-]*(?:percent|per\s*cent)"),
    ("30%", NUM + r"30(?:\.0+)?\s*(?:%|％|percent|per\s*cent)|百分之三十(?![一二三四五六七八九])|三成|thirty[\s-]*(?:percent|per\s*cent)"),
    ("12m", NUM + r"12\s*(?:个月|個月|months?\b|-month)|十二\s*个月|twelve[\s-]*months?|(?<![〇一二三四五六七八九十])一\s*年(?!度)|one[\s-]*year\b|" + NUM + r"1\s*(?:年(?!度)|years?\b|-year)"),
    ("15%", NUM + r"15(?:\.0+)?\s*(?:%|％|percent|per\s*cent)|百分之十五(?![点\d])|fifteen[\s-]*(?:percent|per\s*cent)"),
    ("40%", NUM + r"40(?:\.0+)?\s*(?:%|％|percent|per\s*cent)|百分之四十(?![一二三四五六七八九])|四成|forty[\s-]*(?:percent|per\s*cent)"),
    ("5y", NUM + r"5\s*(?:年(?!度)|years?\b|-year)|(?<![〇一二三四五六七八九十])五\s*年(?!度)|five[\s-]*years?\b|" + NUM + r"60\s*(?:个月|months?\b|-month)|六十\s*个月|sixty[\s-]*months?"),
]
THRESH_RE = [(n, re.compile(p, re.I)) for n, p in THRESH]
MUST_HIT = ["99.9%", "99.9 %", "4小时", "4 小时", "四小时", "需四小时", "第一年", "within 4 hours", "four hours", "240分钟", "0.05%", "万分之五",
            "100%", "100 %", "百分之百", "30%", "百分之三十", "三成", "12个月", "十二个月", "twelve months", "一年", "one year",
            "12 months", "15%", "15 %", "40%", "四成", "5年", "五年", "five years", "60 months", "1 year"]
MUST_MISS = ["24小时", "99.95%", "115%", "0.15%", "150%", "2025年", "万分之五十", "服务年度", "二十四小时", "十四小时", "二〇二五年", "14 hours", "24 hours",
             "0.055%", "130%", "140%", "112个月", "25年", "2026年", "每个服务年度", "Subscription Year", "36个月", "3 hours"]


def threshold_hits(text):
    hits = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for n, rx in THRESH_RE:
            for m in rx.finditer(variant):
                hits.append((n, variant[max(0, m.start() - 20):m.end() + 20]))
    return hits


def selftest():
    for s in MUST_HIT:
        assert threshold_hits(s), "must hit: " + s
    for s in MUST_MISS:
        assert not threshold_hits(s), ("must miss", s, threshold_hits(s))


def main():
    selftest()
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    sources = {k: v[3] for k, v in TARGETS.items() if v[1] in ("docx", "pdf")}
    targets = {k: (v[0], v[1]) for k, v in TARGETS.items() if v[1] in ("docx", "pdf")}
    write(sources, targets, OUT, wrap_words=True)
    for k, (name, kind, lang, src) in TARGETS.items():
        if kind in ("txt", "md"):
            (OUT / name).write_text(src, encoding="utf-8")
    covered, problems = set(), []
    for k, (name, kind, lang, src) in TARGETS.items():
        cat, vals, extra, fee_base, design = DESIGN[k]
        terms = dict(zip(KEYS, vals))
        rules = derive_rules(terms, extra, fee_base)
        assert rules == sorted(design), (k, rules, design)
        covered |= set(rules)
        for fld, thr in (("availability_pct", 99.9), ("p1_response_hours", 4), ("ld_rate_per_day_pct", 0.05), ("liability_cap_pct", 100),
                         ("prepayment_pct", 30), ("warranty_months", 12), ("post_warranty_fee_pct", 15)):
            assert terms[fld] is None or abs(terms[fld] - thr) > 1e-9, (k, fld)
        share = tco_share(terms, extra, fee_base) if terms["contract_kind"] == G else None
        assert share is None or abs(share - 40) > 2, (k, share)
        label = {"file": name, "language": lang, "category": cat, "expected_terms": terms, "expected_extra": extra,
                 "expected_rules": rules}
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(label, indent=1, ensure_ascii=False), encoding="utf-8")
        text = read_back(OUT / name, kind)
        n = len(text) if lang == "zh" else len(text.split())
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        raw = src if kind in ("txt", "md") else strip_markup(src)
        hits = threshold_hits(text) + threshold_hits(raw)
        print("%s %-55s %s %5d %s  %s  tco=%s" % (k, name, lang, n, "ok" if lo <= n <= hi else "LENGTH!", risk(rules),
                                                 None if share is None else round(share, 2)), rules)
        if not lo <= n <= hi:
            problems.append((k, "length", n))
        for h in hits:
            problems.append((k, "threshold", h))
    missing = set(ALL_RULES) - covered
    assert not missing, missing
    kinds = [len(DESIGN[k][4]) for k in DESIGN]
    assert kinds.count(0) == 2 and DESIGN["e01"][4] == ["CR-GOVERNING-LAW"] and len(DESIGN["z05"][4]) >= 8
    assert sum(1 for k in DESIGN if k not in ("z01", "e03", "e01", "z05") and 2 <= len(DESIGN[k][4]) <= 3) == 6
    for p in problems:
        print("PROBLEM", p)
    assert not problems


if __name__ == "__main__":
    main()
