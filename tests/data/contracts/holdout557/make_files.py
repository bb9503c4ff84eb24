"""holdout557 generator: writes the ten draft contracts (txt/md directly, docx/pdf via ../word_pdf.py with
wrap_words=True), derives each draft's expected rules from its labels (own reading of policy.md section 3),
writes the .json labels, scans every source and every built file for threshold figures, and checks text lengths.
Run: /work/main/.venv/bin/python -B make_files.py"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:全民健身服务平台建设项目合同
P:合同编号：TYJ-ZFCG-2025-0617
P:甲方（采购人）：南江市体育局
P:乙方（供应商）：杭州云动体育科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及南江市政府采购中心公开招标项目（项目编号NJCG2025-0388）的中标结果，甲乙双方就南江市全民健身服务平台的软件许可及定制开发事宜，经协商一致，订立本合同。
H:第一条 项目内容
P:1.1 乙方向甲方提供“云动全民健身平台”软件许可（永久使用许可，不限用户数），并在此基础上为甲方定制开发场馆预约、赛事报名、体质监测数据对接、健身地图及社会体育指导员管理等模块。
P:1.2 平台部署在南江市政务云，由甲方提供云资源，乙方负责安装部署、数据初始化、与市政务服务平台统一身份认证的对接以及培训。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰伍拾万元整（¥1,500,000.00），为固定总价，包含税费、差旅及交付所需的全部费用。分项如下：
P:平台软件许可费 ¥620,000；定制开发费 ¥735,000；实施部署费 ¥118,000；培训费 ¥27,000；合计 ¥1,500,000。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行保函后十个工作日内，甲方支付合同总价的20%作为预付款，即¥300,000。
P:3.2 平台完成部署并通过初验后十个工作日内，甲方支付合同总价的45%，即¥675,000。
P:3.3 平台试运行满九十日并通过最终验收后十个工作日内，甲方支付合同总价的35%，即¥525,000。
P:3.4 乙方每次收款前应开具合法有效的发票。甲方按财政资金支付流程付款。
H:第四条 交付与工期
P:4.1 乙方应于合同签订后一百二十日内完成全部模块的开发、部署并提请初验。
P:4.2 乙方应按甲方确认的需求规格说明书开发，需求变更须经双方书面确认。
H:第五条 验收
P:5.1 初验标准：需求规格说明书所列功能全部实现；在五千名并发用户下页面平均响应时间不超过两秒；通过第三方软件测评机构的功能与安全测试且无高危漏洞；与统一身份认证平台对接成功。
P:5.2 最终验收标准：试运行九十日内未发生一级故障；初验遗留问题全部整改；源代码、部署文档、用户手册已移交甲方。
P:5.3 验收由甲方组织专家按上述标准进行并出具书面验收报告。平台上线运行或甲方支付款项均不视为验收合格。
H:第六条 质量保证与维护
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级和技术支持。
P:6.2 质保期满后，甲方如需乙方继续提供维护服务，年度维护费不超过平台软件许可费的10%，即每服务年度不超过¥62,000，质保期满后三个服务年度内不上调，续签须另行书面约定，不自动续期。
H:第七条 服务水平
P:7.1 质保期内平台月可用率不低于99.95%（计划停机经甲方同意的除外）。
P:7.2 一级故障（平台整体不可用或预约、报名功能中断）乙方应在30分钟内响应，2小时内到场或远程处理，8小时内恢复；二级故障2小时内响应，24小时内解决。
P:7.3 乙方响应或恢复超时的，每超过1小时按¥1,000扣减；月可用率每低于约定值0.01个百分点，扣减¥2,000，从应付款或履约保证金中扣除。
H:第八条 数据安全与数据归属
P:8.1 平台运行中产生的用户注册信息、预约及报名记录、体质监测数据等全部数据归甲方所有。乙方仅为履行本合同使用，不得复制、留存或用于其他任何目的。
P:8.2 乙方应遵守《数据安全法》《个人信息保护法》及网络安全等级保护第三级要求，对个人信息加密存储，运维须经甲方审批并通过堡垒机进行，操作日志留存不少于六个月。
P:8.3 发生数据泄露或安全事件的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部责任并赔偿甲方损失。
H:第九条 保密
P:乙方对履约中获悉的甲方工作秘密、用户信息及系统配置负有保密义务，未经甲方书面同意不得向第三方披露，本义务在合同终止后继续有效。
H:第十条 知识产权
P:10.1 定制开发部分的源代码、文档及其知识产权归甲方所有，甲方可自行或委托第三方使用、修改和再开发。
P:10.2 平台软件的原有知识产权仍归乙方，乙方授予甲方永久、免费、不可撤销的使用许可。
H:第十一条 违约责任
P:11.1 乙方逾期提请初验的，每逾期一日按合同总价的千分之一向甲方支付违约金，逾期超过六十日的，甲方有权解除合同。
P:11.2 甲方逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。
H:第十二条 分包
P:本项目不允许分包或转包。
H:第十三条 合同解除
P:乙方严重违约，经甲方书面通知后十五日内未纠正的，甲方有权解除合同，并要求乙方退还已付款项、赔偿损失。
H:第十四条 争议解决
P:本合同适用中华人民共和国法律。双方发生争议应协商解决，协商不成的，任何一方可向甲方所在地人民法院提起诉讼。
H:第十五条 项目管理
P:15.1 乙方应指定具有同类平台项目经验的项目经理，组建不少于八人的项目团队，项目经理未经甲方同意不得更换。
P:15.2 乙方应每周向甲方提交项目周报，说明进度、问题及风险；重大问题应及时书面报告。双方每两周召开一次项目例会，形成会议纪要。
P:15.3 乙方应配合甲方做好平台上线宣传及市民使用指引，上线初期安排专人在线答复场馆和市民的操作咨询，并每周汇总常见问题及处理情况。
P:15.4 乙方应按甲方档案管理要求整理项目过程文件，项目结束时将纸质及电子版本一并移交甲方归档，并对移交资料的完整性和准确性负责。
P:15.5 乙方应按甲方要求编制需求规格说明书、概要设计、详细设计、测试报告、部署手册和用户手册，文档经甲方确认后作为验收依据。
H:第十六条 培训
P:乙方应为甲方及区县体育部门管理人员提供不少于三期集中培训，内容包括平台管理、场馆审核、赛事发布及数据统计，并提供操作视频和培训教材；培训效果经甲方考核合格。
H:第十七条 不可抗力
P:因地震、洪水、疫情等不能预见、不能避免且不能克服的不可抗力事件导致不能履行合同的，受影响方应在三日内通知对方，并在十五日内提供有关证明，双方协商延期履行或变更合同。不可抗力持续超过九十日的，双方可协商解除合同。
H:第十八条 廉洁条款
P:乙方不得向甲方工作人员提供回扣、礼金、有价证券或其他不正当利益。乙方违反本条的，甲方有权解除合同，并将乙方的违法行为报告有关部门。
H:第十九条 通知与送达
P:双方在合同首页载明的地址和联系人为通知送达地址，一方变更的应提前书面通知对方。以专人递交、快递或电子邮件方式发送的通知，在签收或邮件到达对方系统时视为送达。
H:第二十条 其他
P:本合同一式六份，甲方四份、乙方两份，具有同等法律效力，自双方签字盖章之日起生效。未尽事宜由双方另行签订补充协议。招标文件、投标文件及中标通知书为本合同组成部分。
P:甲方（盖章）：南江市体育局　　代表：__________　　日期：2025年7月8日
P:乙方（盖章）：杭州云动体育科技有限公司　　代表：__________　　日期：2025年7月8日
"""

Z02 = """T:化成柜控制系统改造及维保合同
P:合同编号：XR-SB-2025-112
P:甲方：湖南湘容电池有限公司
P:乙方：苏州恒测自动化科技有限公司
P:鉴于甲方二号厂房化成工序现有化成柜控制系统老化、采集精度不足，乙方具备化成柜控制板、充放电管理软件的设计与改造能力，双方经友好协商，就化成柜控制系统改造及后续维保事宜订立本合同。
H:1. 项目范围
P:1.1 乙方负责拆除甲方二号厂房16条化成线的原控制板，更换为乙方HC-8型控制板，部署工控机、采集服务器、通讯网关及交换机，安装充放电管理软件，并开发与甲方MES系统的数据接口。
P:1.2 改造须分线进行，每次停线不超过两条，不得影响其余产线生产。
H:2. 合同价格
P:2.1 本合同总价为人民币壹佰叁拾柒万元整（¥1,370,000），含税、运输、安装调试及培训费用。明细如下表：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|化成柜控制板（HC-8型）|480块|1,150|552,000
TB:2|工控机及采集服务器|16台|14,500|232,000
TB:3|充放电管理软件许可（16条线，永久）|1套|318,000|318,000
TB:4|通讯网关及交换机|32台|3,250|104,000
TB:|软硬件小计|||1,206,000
TB:5|改造施工及调试|1项|96,000|96,000
TB:6|MES数据接口开发|1项|58,000|58,000
TB:7|操作及维护培训|1项|10,000|10,000
TB:|合计|||1,370,000
H:3. 付款方式
P:3.1 合同生效后十个工作日内，甲方支付合同总价的10%作为预付款，即¥137,000。
P:3.2 全部设备到货并安装调试完成后，甲方支付合同总价的55%，即¥753,500；到货安装不代表验收合格。
P:3.3 最终验收合格后十五个工作日内，甲方支付合同总价的35%，即¥479,500。
H:4. 工期与验收
P:4.1 乙方应于合同生效后七十五日内完成全部16条线的改造并提请验收。
P:4.2 验收标准：电压采集精度±0.5mV、电流采集精度±0.02%FS（满量程）；16条线连续运行三十日无一级故障；MES接口数据与控制系统记录一致；化成工艺曲线与甲方工艺文件相符。
P:4.3 甲方按上述标准组织验收并签署验收报告。设备投入生产使用不视为验收合格。
H:5. 质保与维保
P:5.1 质保期为十八个月，自最终验收合格之日起计算。质保期内乙方免费维修、更换故障部件并提供软件升级。
P:5.2 质保期满后，乙方提供维保服务（含备件更换、季度巡检及驻场支持），年度维保费为软硬件小计的28%，即¥337,680/服务年度，在质保期满后三个服务年度内不作调整。
P:5.3 维保服务按服务年度签订，不自动续期。
H:6. 服务响应
P:6.1 一级故障（整条化成线停机）乙方应在1小时内响应，8小时内到场并恢复生产；二级故障（单柜异常）2小时内响应，24小时内修复。
P:6.2 乙方响应或修复超时的，每超时1小时扣减¥800，从当期应付款或维保费中扣除。
H:7. 违约责任
P:7.1 乙方逾期提请验收的，每逾期一日按合同总价的万分之八支付违约金。
P:7.2 因乙方改造原因造成甲方电芯报废或停产损失的，乙方应据实赔偿。
P:7.3 甲方逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。
H:8. 数据与信息安全
P:8.1 化成工艺参数、电芯检测数据及生产记录归甲方所有，乙方不得复制、带离现场或用于其他目的。
P:8.2 乙方远程维护须经甲方批准，通过甲方指定的VPN及账号进行并留存操作记录；乙方应采取必要措施防止病毒侵入生产网络。
P:8.3 因乙方原因导致数据泄露、篡改或生产网络安全事件的，乙方应在2小时内报告，并承担全部责任。
H:9. 保密
P:乙方对甲方的工艺文件、产能信息及技术资料负有保密义务，未经甲方书面同意不得向任何第三方披露；本条在合同终止后继续有效。
H:10. 知识产权
P:10.1 MES数据接口程序及为甲方定制的工艺配置的知识产权归甲方所有，乙方应交付源代码，甲方可自行修改。
P:10.2 充放电管理软件原有知识产权归乙方，甲方享有永久使用权。
H:11. 分包
P:乙方可将现场拆装、布线等施工作业分包给第三方，但应提前书面通知甲方；乙方对分包方的行为承担责任。
H:12. 合同解除
P:乙方严重违约且在甲方书面通知后十日内未纠正的，甲方有权解除合同并要求赔偿损失。
H:13. 争议解决
P:本合同适用中华人民共和国法律。争议协商不成的，提交长沙仲裁委员会仲裁。
H:14. 现场管理
P:14.1 乙方施工人员进入甲方厂区应遵守甲方安全生产、消防及防静电管理制度，接受甲方安全培训，佩戴工作证件。动火、高处等特殊作业须办理作业许可。
P:14.2 改造期间拆下的旧控制板及线缆由乙方分类整理后交甲方处置，乙方不得擅自带离厂区。
P:14.3 乙方应编制分线改造方案及应急回退方案，经甲方生产、设备部门会签后实施；改造期间每条线恢复生产前须经甲方工艺人员确认。
H:15. 培训与资料
P:15.1 乙方应对甲方设备工程师和操作人员分批培训，内容包括系统操作、参数设置、日常点检及常见故障处理，培训后进行考核。
P:15.2 乙方应交付电气原理图、接线图、软件操作手册、维护手册、备件清单及接口说明文档。
H:16. 备品备件
P:16.1 乙方应随货提供控制板及通讯网关各二十件作为随机备件，质保期内消耗的备件由乙方无偿补足。
P:16.2 乙方承诺控制板及工控机在最终验收后至少八个服务年度内持续供应同型号或兼容型号备件，停产前应提前六个月书面通知甲方并提供替代方案。
H:17. 安全与环保
P:17.1 乙方应对其施工人员的人身安全负责，为施工人员办理工伤保险或意外伤害保险。因乙方违规作业造成人员伤亡或财产损失的，由乙方承担责任。
P:17.2 乙方应妥善处理施工垃圾，不得在甲方厂区内随意堆放，电子废弃物按甲方环保制度交由有资质单位处置。
H:18. 进度与沟通
P:18.1 乙方应在合同生效后七日内提交详细的分线改造进度计划，经甲方确认后执行；每周五向甲方设备部提交周报，说明已完成线体、存在问题及下周安排。
P:18.2 进度计划需调整的，乙方应提前三日书面说明原因并经甲方同意，甲方生产计划调整导致停线时间变化的，工期相应顺延。
H:19. 廉洁
P:乙方不得向甲方采购、设备及生产部门人员提供回扣、礼品或其他不正当利益，违反的，甲方有权解除合同并追究责任。
H:20. 不可抗力
P:因不可抗力不能履行合同的，受影响方应及时通知对方并提供证明，双方协商延期或变更合同；不可抗力持续超过六十日的，任何一方可书面通知解除合同。
H:21. 通知
P:双方在合同首页载明的地址为通知送达地址，书面通知以快递签收或电子邮件到达对方系统时视为送达。
H:22. 其他
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。合同附件包括技术协议、分线改造方案、设备清单及验收记录表，与本合同具有同等效力；本合同未尽事宜，双方另行签订补充协议。
P:甲方（盖章）：湖南湘容电池有限公司　　授权代表：________　　日期：2025年8月12日
P:乙方（盖章）：苏州恒测自动化科技有限公司　　授权代表：________　　日期：2025年8月12日
"""

Z03 = """汽车美容连锁门店工单管理SaaS服务及实施合同

合同编号：CMK-IT-2025-031
甲方：成都车美客汽车服务连锁有限公司
乙方：上海驰单信息技术有限公司

甲方在四川、重庆经营60家汽车美容及快修门店，为统一门店开单、施工派工、会员及储值卡管理，拟采用乙方“驰单”工单管理SaaS服务。双方经协商一致，订立本合同。

一、服务内容
（一）乙方为甲方60家门店开通“驰单”SaaS服务，包括接车开单、施工派工、配件出入库、会员及储值卡、预约提醒、门店经营报表及总部看板等功能，每店不限账号数。
（二）乙方负责实施服务：将甲方现有门店系统中的会员、储值余额、车辆档案及历史工单迁移至新系统，完成与甲方微信小程序及财务系统的接口对接，并对门店店长和前台进行培训。
（三）服务期为三个服务年度，自2025年10月1日起至2028年9月30日止。

二、费用及支付
（一）订阅费按每店每服务年度人民币4,800元计，60家门店每服务年度288,000元，三个服务年度共计864,000元。
（二）实施费为一次性费用人民币96,000元。
（三）合同总价为人民币960,000元。
（四）实施费在上线验收合格后十个工作日内支付；订阅费按季度支付，每季度结束后十个工作日内凭发票支付当季费用。甲方无需在服务开通前支付任何款项。
（五）服务期内新增门店按每店每服务年度4,800元按月折算。

三、上线与验收
（一）乙方应于2025年9月20日前完成数据迁移、接口对接和全部门店培训，并提请上线验收。
（二）验收标准：会员数量及储值余额与原系统逐条核对无差异；随机抽查每店20张历史工单一致；小程序预约、财务系统对账接口连续七日数据一致；全部门店能独立完成开单、派工、结算流程。
（三）甲方按上述标准验收并签署上线验收单。门店开始使用系统不视为验收合格。
（四）乙方逾期提请上线验收的，每逾期一日向甲方支付违约金人民币800元。

四、服务水平
（一）乙方保证系统月可用率不低于99.5%，计划维护应安排在凌晨1:00至5:00并提前三日通知。
（二）一级故障（全部门店无法开单或结算）乙方应在30分钟内响应，3小时内恢复；二级故障（部分功能异常）2小时内响应，1个工作日内解决。
（三）月可用率低于约定值的，每低0.1个百分点，乙方按当月订阅费的3%给予服务抵扣，当月抵扣总额以当月订阅费为限；一级故障响应超时的，每次抵扣人民币1,000元。

五、数据安全与数据归属
（一）甲方会员信息、车辆信息、工单及交易数据均归甲方所有，乙方仅可为向甲方提供本合同服务而处理，不得用于其他目的，不得向第三方提供。
（二）乙方应将数据存储于中国境内的云平台，采取加密传输和存储、访问权限控制、操作日志审计等措施，并每日备份。
（三）发生数据泄露、丢失等安全事件的，乙方应在2小时内通知甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任。
（四）合同终止后三十日内，乙方应按甲方要求以通用格式导出全部数据交付甲方，并在甲方确认后删除。

六、保密
双方对履约中知悉的对方商业秘密、客户信息及经营数据负有保密义务，未经对方书面同意不得披露；本条在合同终止后继续有效。

七、知识产权
（一）“驰单”平台的知识产权归乙方所有。
（二）乙方为甲方定制的报表、小程序接口及数据迁移脚本的知识产权归甲方所有，甲方可自行使用、修改或委托第三方维护。

八、续期
服务期满前六十日内任何一方未书面提出不续期的，本合同自动续期一个服务年度，续期可连续进行；续期时乙方有权上调订阅费，每次上调幅度不超过上一服务年度订阅费的8%。

九、违约与责任限额
（一）乙方严重违约（包括连续两个月可用率低于约定值），经甲方书面催告后十五日内仍未纠正的，甲方有权解除合同，并要求乙方退还已付未履行期间的费用。
（二）乙方对本合同项下的累计赔偿责任以合同总价的两倍为限，但因数据泄露或故意造成的损失不受此限。

十、分包
乙方不得将本合同项下的服务转包；确需将部分实施工作分包的，须事先取得甲方书面同意。

十一、争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，双方协商不成的，提交成都仲裁委员会仲裁。

十二、项目组织与培训
（一）双方各指定一名项目负责人，负责实施期间的沟通协调；乙方实施团队应包括数据迁移工程师和门店培训专员。
（二）乙方应按片区分批组织门店培训，每批培训后由店长完成上机考核；新开门店由乙方提供远程培训，不另收费。
（三）乙方应提供系统操作手册、常见问题解答及培训视频，并在系统版本更新时同步更新。

十三、门店推广与运营支持
（一）上线后首三个月内，乙方应安排专属客户成功经理，每周回访各片区门店，收集使用问题并提出改进建议。
（二）乙方应按季度向甲方提供门店使用情况分析，包括开单量、派工及时率、会员复购率等指标，供甲方总部经营管理参考。
（三）甲方新增施工项目、套餐或会员权益的，乙方应在五个工作日内完成系统配置；甲方提出的个性化报表需求，双方另行评估。
（四）乙方系统版本升级涉及门店操作流程变化的，应提前十日通知甲方并提供培训资料，不得影响门店正常营业。

十四、系统配置与权限
（一）总部管理员可设置门店、员工岗位及操作权限，店长仅能查看本店数据，片区经理可查看所辖门店数据。
（二）储值卡充值、退款及会员积分调整须经两级审批，系统保留全部操作记录，供甲方财务及内审部门查询。
（三）乙方不得擅自修改甲方的价格体系、套餐及提成规则配置；确需调整的，应经甲方书面确认。
（四）门店网络中断时，系统应支持离线开单，网络恢复后自动同步，乙方应在门店培训中演示该功能。
（五）乙方应为甲方保留不少于三个测试账号，用于新功能验证及员工培训。
（六）甲方组织架构调整、门店合并或关闭的，乙方应在三个工作日内协助完成门店数据归并及账号停用，历史工单和会员数据应完整保留并可查询。
（七）乙方应支持甲方按门店、片区、施工项目及技师导出经营数据，导出格式包括Excel和CSV，导出功能不另收费。

十五、廉洁
双方人员不得相互提供回扣、礼金或其他不正当利益。乙方违反本条的，甲方有权解除合同并要求乙方赔偿损失。

十六、不可抗力
因不可抗力导致一方不能履行合同的，受影响方应及时通知对方并在十日内提供证明，双方协商延期履行；不可抗力持续超过六十日的，双方可协商解除合同，已付未履行期间的费用予以退还。

十七、通知
双方在合同首页载明的地址为通知送达地址，书面通知以快递签收或电子邮件到达对方系统时视为送达。一方变更地址的，应提前五日书面通知对方。

十八、其他
本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：成都车美客汽车服务连锁有限公司　　代表：__________　　2025年8月20日
乙方（盖章）：上海驰单信息技术有限公司　　代表：__________　　2025年8月20日
"""

Z04 = """查验管理系统运行维护服务合同

项目名称：东江海关查验管理系统年度运维服务（竞争性磋商，项目编号DJHG-CS-2025-07）
甲方：中华人民共和国东江海关
乙方：广州关通信息技术有限公司

根据竞争性磋商结果及成交通知书，甲方委托乙方对东江海关查验管理系统提供运行维护服务。双方依据《中华人民共和国民法典》及政府采购有关规定，订立本合同。

第一条 服务范围
（1）运维对象：查验管理系统（含查验指令接收、查验作业、查验结果录入、移动查验终端、与机检设备和监管作业场所系统的接口）及其应用服务器、数据库和中间件。
（2）服务内容：日常巡检、故障处理、数据库维护与备份、系统补丁和小版本升级、配合业务调整的参数配置、节假日及重大活动保障、运维报告。
（3）乙方派驻两名工程师在甲方现场工作，另设二线技术支持团队远程支持。

第二条 服务期
服务期自2025年9月1日起至2026年8月31日止。服务期满本合同终止，不自动续期；甲方如需继续采购，另行组织采购程序。

第三条 服务费用与支付
（1）服务费用为人民币586,000元，为固定总价，包含驻场人员、二线支持、备件以外的全部费用。
（2）服务费按季度支付，每季度结束后十五个工作日内，乙方开具发票，甲方支付当季服务费146,500元。
（3）本合同不设预付款。

第四条 服务水平
（1）查验管理系统工作时间（每日7:00至22:00）可用率不低于99.5%。
（2）一级故障（查验指令无法接收或查验结果无法录入）乙方应在15分钟内响应，2小时内恢复；二级故障（单个功能或个别终端异常）1小时内响应，8小时内解决；三级问题2个工作日内处理。
（3）乙方应每月提交运维月报，列明故障、处理时长及可用率统计。
（4）乙方每次响应超时的，甲方按每次人民币2,000元扣减当季服务费；可用率每低于约定值0.1个百分点，扣减当季服务费人民币3,000元。

第五条 进场与交接
（1）乙方应在服务期开始前完成与原运维单位的交接，包括账号、文档、备份介质及遗留问题清单。
（2）乙方逾期完成交接的，每逾期一日按合同总价的千分之一向甲方支付违约金。
（3）服务期满或合同解除时，乙方应向甲方或甲方指定的单位完整移交系统文档、配置、账号和运维记录，并配合过渡十五日。

第六条 服务总结
服务期满后，乙方应向甲方提交年度运维总结报告，由甲方签收。

第七条 数据安全
（1）系统内的报关单、查验记录、图像及企业信息等数据均归甲方所有，乙方只能在甲方授权范围内为运维目的接触，不得复制、留存、带离或用于其他任何目的。
（2）乙方人员须签署保密承诺并通过甲方背景审查；所有运维操作须通过甲方堡垒机进行，禁止使用私人设备接入，移动存储介质须经甲方登记。
（3）乙方应遵守网络安全等级保护及海关信息安全管理规定。发生数据泄露、篡改或安全事件的，乙方应在30分钟内报告甲方并配合处置；因乙方原因造成的，乙方承担全部法律责任并赔偿甲方损失。

第八条 保密
乙方对在服务中知悉的海关工作秘密、监管数据、系统架构及安全配置承担保密义务，未经甲方书面同意不得向任何第三方披露；保密义务不因合同终止而解除。

第九条 知识产权
乙方在服务期内为甲方编写的运维脚本、配置文档、知识库及报告归甲方所有，甲方可自由使用和修改。

第十条 分包
乙方不得将本合同服务转包或分包。

第十一条 违约与解除
（1）乙方连续两个季度未达到第四条服务水平，或发生因乙方原因导致的重大安全事件，或有其他严重违约行为且经甲方书面通知后十日内未纠正的，甲方有权解除合同，并按未履行期间退还服务费。
（2）甲方无正当理由逾期付款的，应按同期贷款市场报价利率支付逾期利息。

第十二条 驻场人员
（1）驻场工程师应具备三年以上同类系统运维经验，名单经甲方确认后不得随意更换；确需更换的，应提前十日书面报甲方同意，并保证新人员能力不低于原人员。
（2）驻场人员应遵守甲方考勤和安全管理制度，进出查验作业区域须按规定登记并由甲方人员陪同。

第十三条 争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十四条 运维管理要求
（1）乙方应建立运维值班制度，驻场工程师工作日在岗，节假日及重大活动期间按甲方要求安排值守。
（2）乙方应每日巡检系统运行状态、数据库空间及备份情况，每月开展一次备份恢复演练，并在运维月报中记录。
（3）系统变更须事先提交变更方案，经甲方审批后在非作业时段实施，并保留回退方案。
（4）乙方应建立运维知识库，记录故障现象、原因及处理方法，服务期满时移交甲方。
（5）乙方应配合甲方做好系统安全检查、等级保护测评及上级部门检查，按要求提供运维记录，对检查发现的问题在规定期限内整改并书面报告整改结果。

第十五条 应急保障
（1）乙方应制定查验管理系统故障应急预案，包括数据库故障、应用服务器宕机、网络中断及移动查验终端批量异常等场景，报甲方审定后执行。
（2）乙方每半年配合甲方开展一次应急演练，演练后提交总结并完善预案。
（3）遇口岸通关高峰、进出口商品集中到港或上级部门专项行动时，乙方应按甲方通知增派技术人员到场保障，所需费用已包含在合同价款内。
（4）系统发生一级故障时，乙方应配合甲方启动应急处置流程，协助现场查验人员采用应急方式作业，并在恢复后完成数据补录核对。

第十六条 人员考核
（1）甲方每季度对驻场工程师的出勤、响应及时性、问题处理质量和服务态度进行评价，评价结果作为人员调整依据。
（2）驻场工程师不能胜任工作或违反甲方管理制度的，甲方有权要求乙方在十日内更换，乙方应无条件配合。
（3）乙方应保证驻场工程师每年参加不少于四十学时的技术培训，并将培训记录报甲方备案。
（4）驻场工程师请假应提前报甲方同意，并由具备同等能力的人员顶岗，确保服务不中断。

第十七条 配合义务
甲方应为驻场工程师提供必要的办公场所和网络条件，及时提供运维所需的账号授权、技术资料和业务咨询；甲方系统改造或新建项目涉及查验管理系统接口的，乙方应予配合。

第十八条 廉洁与保密管理
乙方人员不得向甲方工作人员提供任何不正当利益，不得利用工作之便获取与运维无关的海关信息。乙方违反本条的，甲方有权要求更换人员，情节严重的有权解除合同。

第十九条 不可抗力
因不可抗力不能履行合同的，受影响方应及时通知对方并提供证明，双方协商处理；不可抗力持续超过六十日的，双方可协商解除合同，服务费按实际服务期间结算。

第二十条 其他
本合同一式四份，甲乙双方各执两份。磋商文件、响应文件及成交通知书为本合同的组成部分。

甲方（盖章）：中华人民共和国东江海关　　代表：__________　　2025年8月25日
乙方（盖章）：广州关通信息技术有限公司　　代表：__________　　2025年8月25日
"""

Z05 = """# 批次追溯管理系统软件许可及定制开发合同

**溯源星标准合同文本 V3.0**（乙方范本）

合同编号：SYX-2025-HT-0729

- 甲方（采购方）：江门海韵调味食品有限公司
- 乙方（供应方）：广州溯源星软件科技有限公司

甲方为蚝油、蚝汁及调味酱生产企业，拟建立从鲜蚝收购、熬煮浓缩、调配灌装到经销商发货的批次追溯体系。乙方为“溯源星”食品追溯软件的著作权人。双方经协商，订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供“溯源星”批次追溯管理系统软件的永久使用许可（一个生产基地，不限用户数）。

1.2 乙方根据甲方需求定制开发：鲜蚝原料入库及检验记录、熬煮浓缩批次管理、调配投料防错、灌装赋码与箱码关联、经销商扫码发货及消费者查询页面。

1.3 乙方负责系统与甲方喷码机、灌装线扫码枪及现有金蝶ERP的对接，并提供实施与培训。

## 第二条 合同价款

本合同总价为人民币柒拾贰万元整（¥720,000），明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 溯源星批次追溯系统软件许可（永久） | 380,000 |
| 2 | 定制开发（原料、熬煮、灌装赋码、经销商发货、消费者查询） | 260,000 |
| 3 | 喷码机、扫码枪及ERP对接 | 48,000 |
| 4 | 实施部署及培训 | 32,000 |
| | 合计 | 720,000 |

## 第三条 付款方式

3.1 合同签订后五个工作日内，甲方支付合同总价的50%，即¥360,000，乙方收款后启动项目。

3.2 系统上线试运行后五个工作日内，甲方支付合同总价的38%，即¥273,600。

3.3 系统验收合格后五个工作日内，甲方支付合同总价的12%，即¥86,400。

## 第四条 交付与验收

4.1 乙方应在收到首付款后九十日内完成安装、开发和对接，并提请上线试运行。

4.2 验收标准：第1.2条所列功能全部实现；任一成品批次可在3秒内查询到对应鲜蚝原料批次及检验记录；灌装线赋码关联率达到99.8%以上；连续试运行二十日无导致停线的系统故障。

4.3 甲方应在乙方提请验收后十日内按上述标准组织验收并出具验收报告。

## 第五条 免费维护期

5.1 系统验收合格之日起六个月为免费维护期，乙方提供远程技术支持和缺陷修复。

5.2 乙方将尽合理努力在工作日9:00至18:00通过电话、远程方式提供技术支持，具体响应及解决时间视问题情况而定。

## 第六条 维护服务

6.1 免费维护期满后，甲方如需乙方继续提供维护服务，年度维护费按乙方当年公布的服务价格标准执行。

6.2 维护服务按年签订，维护费应在每个服务年度开始前支付。

## 第七条 知识产权

7.1 “溯源星”软件及其升级版本的知识产权归乙方所有。

7.2 乙方为甲方定制开发的模块、接口程序、源代码及相关文档的知识产权均归乙方所有，甲方在本合同约定范围内享有非独占的使用权，不得修改、反编译或交由第三方使用。

## 第八条 数据

8.1 甲方录入系统的生产数据归甲方所有。

8.2 乙方对系统数据采取访问权限控制、传输加密和定期备份措施；发生数据泄露等安全事件的，乙方应在24小时内通知甲方，并对因乙方原因造成的损失承担赔偿责任。

8.3 甲方同意，乙方可将系统中的生产批次、原料检验及流向数据进行脱敏处理后，用于乙方产品改进、行业追溯分析及向其他客户提供的数据服务，且该权利在合同终止后继续有效。

## 第九条 保密

双方对在合作过程中获知的对方商业秘密和技术资料负有保密义务，未经对方书面同意不得向第三方披露，但第8.3条约定的使用除外。

## 第十条 违约责任

10.1 乙方逾期交付的，每逾期一日按合同总价的万分之二向甲方支付违约金。

10.2 甲方逾期付款的，每逾期一日按应付未付金额的千分之一向乙方支付违约金，乙方有权暂停服务。

10.3 乙方在本合同项下的累计赔偿责任（含违约金）以合同总价的20%为限，且不承担甲方的间接损失、利润损失。

## 第十一条 合同解除

任何一方严重违约，经守约方书面通知后二十日内未纠正的，守约方有权解除合同。

## 第十二条 争议解决

本合同适用中华人民共和国法律。争议协商不成的，提交广州仲裁委员会仲裁。

## 第十三条 双方义务

13.1 甲方应指定项目联系人，提供业务流程资料、原料及成品编码规则、喷码机通讯协议，并安排关键用户参与需求确认和测试。

13.2 甲方应提供运行系统所需的服务器、网络及数据库环境，服务器配置按乙方提供的部署要求准备。

13.3 乙方应指派项目经理负责实施，编制项目计划，按周向甲方报告进度。

13.4 乙方应对甲方关键用户、车间班组长及仓库人员进行操作培训，并提供用户手册。

## 第十四条 需求变更

在需求确认后，甲方提出新增或变更需求的，双方应另行评估工作量和费用，并签订补充协议；变更导致工期延长的，交付时间相应顺延。

## 第十五条 系统环境与备份

15.1 系统部署在甲方机房服务器上，甲方负责服务器、操作系统及数据库的日常管理和数据备份。

15.2 乙方在实施阶段应协助甲方制定备份策略，并对甲方信息人员进行系统安装、备份及恢复操作的培训。

15.3 因甲方自行修改系统配置、更换服务器或接入其他软件导致系统异常的，乙方协助处理所发生的费用由甲方承担。

## 第十六条 用户资料及培训

16.1 乙方应交付用户手册、系统管理手册及安装部署说明各一份，均为电子文档。

16.2 培训以现场集中培训为主，共两次；超出部分按乙方报价另行收费。

16.3 甲方应保证参加培训人员具备基本的电脑操作能力，培训后由甲方自行组织内部推广。

## 第十七条 验收资料

17.1 乙方提请验收时应提交系统功能清单、测试记录、试运行报告、培训签到表及安装部署文档。

17.2 甲方对验收资料有异议的，应在收到后五个工作日内书面提出，乙方补充完善后重新提交。

17.3 验收测试过程中发现的问题，由乙方在五个工作日内修复并提交复测；复测仍未通过的，双方协商处理方案。

17.4 甲方关键用户应全程参与验收测试，测试数据由甲方提供的真实批次数据构成，测试结果由双方签字确认。

## 第十八条 不可抗力

因不可抗力导致不能履行合同的，受影响方应及时通知对方，双方协商延期或变更合同，受影响方不承担违约责任。

## 第十九条 其他

本合同一式两份，双方各执一份，自双方盖章之日起生效。本合同附件包括需求确认书、功能清单及实施计划，本范本条款与附件不一致的，以本范本为准。合同未尽事宜，双方可另行签订补充协议。

甲方（盖章）：江门海韵调味食品有限公司　　日期：2025年9月3日

乙方（盖章）：广州溯源星软件科技有限公司　　日期：2025年9月3日
"""

E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. AR-CN-2025-044
P:This Software Licence and Services Agreement (the "Agreement") is made on 15 September 2025 between:
P:(1) Andes Rutas SpA, a company incorporated in Chile with its registered office at Avenida O'Higgins 940, Concepción, Biobío Region, Chile (the "Vendor"); and
P:(2) Hebei Fresh Pasture Dairy Co., Ltd., a company incorporated in the People's Republic of China with its registered office at 18 Xingye Road, Shijiazhuang, Hebei Province (the "Customer").
P:BACKGROUND: The Customer delivers chilled dairy products from two plants to about 3,000 retail outlets and wishes to plan its daily delivery routes with the Vendor's RutaPlan route-optimisation software. The Vendor has agreed to grant perpetual licences to RutaPlan and to implement it for the Customer on the terms below. At the Customer's request all prices are stated and paid in Chinese Yuan (CNY).
H:Article 1 Definitions
P:1.1 "Software" means the RutaPlan server, planner and mobile driver applications in the version current at the Effective Date, with their documentation and any updates supplied under this Agreement.
P:1.2 "Customer Deliverables" means the configurations, integration code for the Customer's ERP and warehouse management system, report templates and training materials prepared by the Vendor for the Customer.
P:1.3 "Go-Live" means the first day on which delivery routes for both plants are planned in the Software in production.
P:1.4 "Final Acceptance" means the Customer's written acceptance certificate issued under Article 5.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software on servers located in mainland China for the Customer's internal business, within the quantities in Article 3.
P:2.2 The Customer may make copies of the Software for backup, testing and disaster recovery. Affiliates of the Customer in mainland China may use the Software within the licensed quantities.
P:2.3 The licence survives any termination of this Agreement except termination by the Vendor for the Customer's failure to pay the Licence Fees.
H:Article 3 Prices
P:3.1 The Contract Price is CNY 1,220,000, fixed and inclusive of taxes and travel, made up as follows: RutaPlan server licence, 1 unit at CNY 240,000; planner licences, 40 units at CNY 9,500 each, CNY 380,000; mobile driver licences, 300 units at CNY 600 each, CNY 180,000; Licence Subtotal CNY 800,000; implementation and configuration CNY 265,000; ERP and WMS integration CNY 118,000; training CNY 37,000.
P:3.2 Additional licences ordered within two years after Final Acceptance are priced at the unit prices above.
H:Article 4 Payment
P:4.1 The Customer shall pay 20% of the Contract Price (CNY 244,000) within 30 days after signature of this Agreement against the Vendor's invoice.
P:4.2 The Customer shall pay 45% of the Contract Price (CNY 549,000) within 30 days after Go-Live.
P:4.3 The Customer shall pay the remaining 35% of the Contract Price (CNY 427,000) within 30 days after Final Acceptance.
P:4.4 Payments are made by bank transfer to the Vendor's account named on the invoice. Each party bears its own bank charges.
H:Article 5 Implementation and Acceptance
P:5.1 The Vendor shall achieve Go-Live within 120 days after the Effective Date under a project plan agreed by the parties within 15 days after signature.
P:5.2 Final Acceptance tests shall show that: (a) planned routes for a full week of orders respect vehicle capacities, delivery windows and cold-chain time limits; (b) total planned distance on the test data is at least 8% lower than the Customer's manual plans for the same week; (c) the ERP and WMS interfaces exchange all orders and loading lists without error for 20 consecutive working days; and (d) the mobile application records proof of delivery for every outlet visited.
P:5.3 The Customer shall issue the Final Acceptance certificate within ten working days after the tests are passed, or state in writing which criteria are not met. Go-Live, use of the Software in production or any payment is not Final Acceptance.
P:5.4 If Go-Live is delayed through the Vendor's fault, the Vendor shall pay liquidated damages of CNY 1,500 for each day of delay, up to a total of 10% of the Contract Price.
H:Article 6 Warranty
P:6.1 The Vendor warrants that the Software and the Customer Deliverables will perform materially in accordance with their documentation and the agreed specification for 18 months after Final Acceptance (the "Warranty Period").
P:6.2 During the Warranty Period the Vendor shall correct defects free of charge and provide updates and remote support.
H:Article 7 Support after the Warranty Period
P:7.1 After the Warranty Period the Customer may order annual support. The Annual Support Fee is 13% of the Licence Subtotal, being CNY 104,000 per Support Year, and shall not change for the first three Support Years. Any later change must be agreed in writing and may not exceed 3% per Support Year.
P:7.2 Support renews only when the Customer issues a purchase order for the next Support Year; there is no automatic renewal.
H:Article 8 Service Levels
P:8.1 The Vendor shall respond to Severity 1 incidents (route planning unavailable for a plant) within 1 hour and restore service or provide a workaround within 8 hours, at any time of day. Severity 2 incidents shall receive a response within 2 business hours and a fix within 3 business days.
P:8.2 For each full hour by which a Severity 1 response or restoration is late, the Vendor shall credit CNY 1,000 against the next amount payable, or refund it if no amount is payable.
H:Article 9 Customer Data and Security
P:9.1 All order, outlet, vehicle, driver and delivery data processed by the Software ("Customer Data") belong to the Customer. The Vendor may use Customer Data only to perform this Agreement and shall not copy, retain or use it for any other purpose.
P:9.2 The Software is hosted on the Customer's servers. The Vendor shall access the Customer's systems only through the Customer's VPN with individual accounts approved for each session, shall not transfer Customer Data outside mainland China and shall comply with the PRC Personal Information Protection Law and Data Security Law.
P:9.3 The Vendor shall notify the Customer within 12 hours of any security incident affecting Customer Data and shall be liable for all losses caused by its breach of this Article.
H:Article 10 Confidentiality
P:Each party shall keep confidential all non-public information received from the other party and use it only for this Agreement. This obligation continues for three years after the Agreement ends.
H:Article 11 Intellectual Property
P:11.1 The Vendor retains all rights in the Software.
P:11.2 The Customer Deliverables belong to the Customer on payment of the relevant price. The Vendor shall deliver their source code, and the Customer may use, modify and license them freely.
H:Article 12 Liability
P:The total liability of each party under this Agreement is limited to 150% of the Contract Price, except for liability for breach of Articles 9 and 10, personal injury or wilful misconduct.
H:Article 13 Subcontracting
P:The Vendor shall not subcontract any part of its obligations without the Customer's prior written consent and remains responsible for its subcontractors.
H:Article 14 Termination
P:Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after notice. On termination for the Vendor's breach before Final Acceptance, the Vendor shall refund the amounts paid for the parts not accepted.
H:Article 15 Governing Law and Arbitration
P:15.1 This Agreement is governed by the laws of the Republic of Chile.
P:15.2 Any dispute shall be finally settled by arbitration under the rules of the Arbitration and Mediation Centre of the Santiago Chamber of Commerce, seated in Santiago, Chile, in English.
H:Article 16 Project Management
P:16.1 Each party shall appoint a project manager. The project managers shall meet weekly during implementation, by video conference or on site, and record decisions and open issues in minutes.
P:16.2 The Vendor shall provide a bilingual consultant on site in Shijiazhuang for at least 40 working days during implementation and training.
P:16.3 Changes to scope are agreed through written change requests stating the effect on price and timetable.
H:Article 17 Force Majeure
P:If a party is prevented from performing this Agreement by an event beyond its reasonable control, such as natural disaster, epidemic, war, government action or a general failure of public networks, it shall notify the other party promptly, provide evidence within 15 days and use reasonable efforts to limit the effects. Time for performance is extended for the duration of the event. If the event continues for more than 90 days, either party may end the Agreement by written notice without liability, and amounts paid for services not performed shall be refunded.
H:Article 18 Anti-bribery
P:Each party shall comply with the anti-bribery laws of the People's Republic of China and of its own country. Neither party shall offer or give any payment, gift or other advantage to employees of the other party to obtain or keep business. A breach of this clause is a material breach.
H:Article 19 General
P:This Agreement is the entire agreement of the parties on its subject and may be amended only in writing signed by both parties. Notices shall be sent by courier or e-mail to the addresses above.
P:For the Vendor: ____________________ Name / Title / Date
P:For the Customer: ____________________ Name / Title / Date
"""

E02 = """# ORDER FORM No. CF-2025-0192

**Cóndor Forms S.A.C.** — Calle Mercaderes 212, Cercado, Arequipa, Peru ("Cóndor")

**Customer:** Wuhan Everyday Fresh Supermarket Co., Ltd., 66 Zhongbei Road, Wuchang District, Wuhan, Hubei Province, People's Republic of China ("Customer")

This Order Form is entered into under and incorporates the Cóndor General Terms set out below (together, the "Agreement"). If the Order Form and the General Terms conflict, the Order Form prevails.

## 1. Subscription

| Item | Detail |
|---|---|
| Service | Cóndor Inspect, digital store-inspection and food-safety checklist platform (web and mobile) |
| Scope | 150 supermarkets and 3 distribution centres; unlimited named users |
| Subscription Start Date | 1 November 2025 |
| Subscription Term | 24 months from the Subscription Start Date |
| Hosting | Alibaba Cloud, Shanghai region |

## 2. Fees (stated in CNY at the Customer's request)

| Fee | Amount |
|---|---|
| Platform subscription | CNY 18,500 per month × 24 months = CNY 444,000 |
| Onboarding (one-time): checklist design, data load of 153 sites, training of store managers | CNY 36,000 |
| Total Contract Value | CNY 480,000 |

Subscription fees are invoiced monthly in arrears and payable within 30 days of invoice. The onboarding fee is invoiced on Onboarding Acceptance. No fee is payable before the Subscription Start Date.

## 3. Onboarding

3.1 Cóndor will use reasonable efforts to complete onboarding by the Subscription Start Date. The Customer shall provide its site list, existing checklists and user list by 10 October 2025.

3.2 Onboarding Acceptance occurs when the Customer confirms in writing that: (a) all 153 sites and their users are loaded; (b) the eleven checklists in the Customer's food-safety manual are configured and produce the agreed corrective-action workflow; (c) photographs and temperature readings taken offline synchronise when the device reconnects; and (d) the weekly regional report matches a test sample of 50 inspections. Go-live of individual stores is not Onboarding Acceptance.

## 4. Renewal

The Agreement ends at the end of the Subscription Term. Any renewal requires a new Order Form signed by both parties.

**Signed for Cóndor:** ______________ **Signed for Customer:** ______________ Date: 10 September 2025

---

# CÓNDOR GENERAL TERMS

## Section 1. The Service

1.1 Cóndor will provide the Service described in the Order Form and maintain it in accordance with its documentation.

1.2 Cóndor may improve the Service from time to time but will not materially reduce its functions during the Subscription Term.

1.3 The Customer is responsible for its users' accounts and for keeping its login credentials secure.

## Section 2. Service Levels

2.1 Cóndor will make the Service available 99.95% of each calendar month, excluding planned maintenance announced at least 72 hours in advance and carried out between 23:00 and 06:00 China Standard Time.

2.2 Support is provided in Chinese and English. Cóndor will respond to Priority 1 incidents (the Service unavailable to all users, or inspections cannot be submitted) within 2 hours, at any time, and to Priority 2 incidents within one business day.

2.3 Cóndor will report monthly availability to the Customer on request. These service levels are targets only. No service credits, refunds or other compensation are payable if they are not met, and the Customer's sole remedy is to report the incident for resolution.

## Section 3. Customer Data

3.1 All data, photographs and records that the Customer or its users enter into the Service ("Customer Data") belong to the Customer. Cóndor may process Customer Data only to provide the Service to the Customer and for no other purpose.

3.2 Cóndor will keep Customer Data on servers in mainland China, encrypt it in transit and at rest, restrict access to named support staff with multi-factor authentication and keep access logs for at least six months.

3.3 Cóndor will notify the Customer of any unauthorised access to Customer Data within 24 hours of becoming aware of it, take immediate steps to contain it, and is responsible for the losses the Customer suffers as a result of a security incident caused by Cóndor's breach of this Section.

3.4 Within 30 days after the Agreement ends, Cóndor will return Customer Data in CSV and image format and then delete it, and confirm the deletion in writing.

## Section 4. Intellectual Property

4.1 Cóndor owns the Service and its software.

4.2 Checklists, report templates and configurations created for the Customer belong to the Customer, which may use, modify and license them freely, including with another provider.

## Section 5. Confidentiality

Each party will keep confidential the other party's non-public business and technical information, use it only for the Agreement and disclose it only to staff and advisers who need it. This obligation survives for three years after the Agreement ends.

## Section 6. Fees and Taxes

6.1 Fees are as stated in the Order Form and are fixed for the Subscription Term.

6.2 Fees are exclusive of value-added tax, which the Customer pays in addition against a valid invoice.

6.3 Late payments bear interest at the loan prime rate published in China.

## Section 7. Subcontracting

Cóndor may not subcontract any part of the Service without the Customer's prior written consent, except for the hosting provider named in the Order Form, which the Customer approves by signing. Cóndor is responsible for its subcontractors.

## Section 8. Term and Termination

8.1 The Agreement runs for the Subscription Term.

8.2 Either party may terminate the Agreement by written notice if the other commits a material breach and does not cure it within 30 days after written notice. If the Customer terminates for Cóndor's breach, Cóndor will refund any fees paid for the period after termination.

8.3 Termination does not affect Section 3.4.

## Section 9. Warranties

Cóndor warrants that the Service will perform materially as described in its documentation and that it will not introduce malicious code into the Service.

## Section 10. Limitation of Liability

10.1 Neither party is liable for indirect, consequential or special loss or for loss of profit.

10.2 Cóndor's total liability arising out of or in connection with the Agreement is limited to the fees paid by the Customer in the six months preceding the event giving rise to the claim.

10.3 The limits in this Section do not apply to liability for death or personal injury, fraud or wilful misconduct.

## Section 11. Governing Law and Disputes

11.1 The Agreement is governed by the laws of the People's Republic of China.

11.2 Any dispute shall be submitted to the Shanghai Arbitration Commission for arbitration in Shanghai.

## Section 12. Customer Responsibilities

12.1 The Customer shall provide accurate site and user information, appoint an administrator for the Service and ensure that its users comply with the acceptable-use rules in the documentation.

12.2 The Customer is responsible for the devices and mobile networks its staff use to access the Service.

12.3 The Customer shall tell Cóndor promptly about any suspected misuse of its accounts, and Cóndor shall help the Customer to investigate it.

12.4 The Customer shall not use the Service to store information that is unrelated to store operations, food safety or inspections.

## Section 13. Changes to the Service

13.1 Cóndor will announce new releases at least 14 days in advance in the Service's release notes. Releases that change the checklist workflow will first be made available in a test environment for the Customer.

13.2 Training materials, user guides and the Chinese interface will be updated with each release at no extra charge, and Cóndor will hold a short online briefing for the Customer's administrators before any major release.

13.3 Cóndor will not remove a function the Customer uses during the Subscription Term without offering an equivalent function.

## Section 14. Force Majeure

If a party is prevented from performing this Agreement by an event beyond its reasonable control, such as natural disaster, epidemic, war, government action or a general failure of public networks, it shall notify the other party promptly, provide evidence within 15 days and use reasonable efforts to limit the effects. Time for performance is extended for the duration of the event. If the event continues for more than 90 days, either party may end the Agreement by written notice without liability, and amounts paid for services not performed shall be refunded.

## Section 15. Compliance

Each party shall comply with the anti-bribery laws of the People's Republic of China and of its own country. Neither party shall offer or give any payment, gift or other advantage to employees of the other party to obtain or keep business. A breach of this clause is a material breach. Each party shall also comply with the laws on personal information that apply to it in performing the Agreement.

## Section 16. General

16.1 Notices must be in writing and sent by e-mail with confirmation or by courier.

16.2 Neither party may assign the Agreement without the other's written consent.

16.3 The Agreement is the entire agreement of the parties on its subject.
"""

E03 = """T:PURCHASE CONTRACT FOR COLD-STORE MONITORING SENSORS
P:Contract No. TJCC-PUR-2025-0915
P:Buyer: Tianjin Harbour Cold Chain Logistics Co., Ltd., 9 Haibin Road, Binhai New Area, Tianjin, People's Republic of China (the "Buyer").
P:Supplier: Sensórica del Litoral S.A., Avenida España 1180, Paysandú, Uruguay (the "Supplier").
P:The Buyer operates a cold-storage warehouse of four chambers and a loading hall at its Binhai site and needs continuous temperature, humidity and ammonia monitoring with alarms. Following the Buyer's request for quotation, the Supplier offered the equipment and services below. The parties agree as follows. All prices are in Chinese Yuan (CNY).
H:1. Definitions
P:1.1 "Equipment" means the sensors, detectors, gateways and beacons listed in the Price Schedule, with their embedded software.
P:1.2 "Software" means the SensoLitoral monitoring software licensed under clause 3.
P:1.3 "Installation Certificate" means the Buyer's note confirming that the Equipment is delivered and installed. It is not acceptance.
P:1.4 "Final Acceptance" means the Buyer's written acceptance under clause 6.
H:2. Scope
P:2.1 The Supplier shall supply, install, calibrate and commission the Equipment and Software at the Buyer's Binhai site, integrate alarms with the Buyer's warehouse management system and train the Buyer's staff.
P:2.2 Installation inside the freezing chambers shall be carried out in the working windows notified by the Buyer so that stored goods remain within their temperature limits.
H:3. Price Schedule
P:3.1 The Contract Price is CNY 750,000, fixed, including delivery to site, import duties, taxes, installation and training:
TB:No.|Item|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensors, -40 °C rated|320|680|217,600
TB:2|Ammonia gas detectors with relay output|48|3,900|187,200
TB:3|LoRa gateways with 4G backup|12|8,200|98,400
TB:4|SensoLitoral monitoring software, perpetual site licence|1|126,000|126,000
TB:5|Audible and visual alarm beacons|60|450|27,000
TB:|Equipment and Licence Subtotal|||656,200
TB:6|Installation, calibration and WMS alarm integration|1|84,300|84,300
TB:7|Training of operators and maintenance staff|1|9,500|9,500
TB:|Contract Price|||750,000
P:3.2 The Software licence is perpetual and non-exclusive and allows use of the Software at the Binhai site by the Buyer's staff without limit on users.
H:4. Payment
P:4.1 10% of the Contract Price (CNY 75,000) is payable within 20 days after signature against the Supplier's invoice and an advance-payment guarantee from a bank in mainland China.
P:4.2 55% of the Contract Price (CNY 412,500) is payable within 20 days after the Installation Certificate.
P:4.3 35% of the Contract Price (CNY 262,500) is payable within 20 days after Final Acceptance.
H:5. Delivery and Delay
P:5.1 The Supplier shall deliver and install all Equipment within 70 days after signature.
P:5.2 If delivery, installation or Final Acceptance is delayed for reasons attributable to the Supplier, the Supplier shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price. If the delay exceeds 45 days, the Buyer may terminate this Contract under clause 14.
H:6. Acceptance
P:6.1 Final Acceptance tests shall be carried out after a 21-day trial run and shall show that: (a) every temperature sensor reads within ±0.3 °C of a calibrated reference at three set points; (b) every ammonia detector alarms at 25 ppm and 35 ppm in a gas test; (c) no reading gap longer than five minutes occurs at any sensor during the trial run; (d) alarms reach the WMS, the beacons and the duty manager's phone within 30 seconds; and (e) the calibration certificates and as-built drawings are delivered.
P:6.2 The Buyer shall issue Final Acceptance within ten working days after the criteria are met. Installation, use of the Equipment or any payment does not constitute acceptance.
H:7. Warranty
P:7.1 The Supplier warrants the Equipment and Software for 24 months after Final Acceptance. During that period it shall repair or replace faulty items, recalibrate sensors once in each half of the period and supply software updates, free of charge.
P:7.2 Replacement parts shall be held in stock in mainland China.
H:8. Service Levels
P:8.1 For a critical fault (loss of monitoring or alarms in any chamber) the Supplier shall respond within 2 hours and restore monitoring within 12 hours, if necessary with temporary loggers. For other faults it shall respond within one business day.
P:8.2 For each hour by which a critical response or restoration is late, the Supplier shall pay CNY 500, deducted from amounts due or from the guarantee.
H:9. Maintenance after Warranty
P:9.1 After the warranty, the Buyer may order maintenance on the same service levels. The annual maintenance fee is at most 8% of the Equipment and Licence Subtotal, that is CNY 52,496 per year, fixed for the first three years after the warranty.
P:9.2 Maintenance is ordered by separate purchase order and does not renew automatically.
H:10. Data Security
P:10.1 All readings, alarm records and logs are the Buyer's data and belong to the Buyer. The Supplier may use them only to perform this Contract.
P:10.2 The Software runs on the Buyer's server. Remote access by the Supplier requires the Buyer's approval for each session and is logged. The Supplier shall not copy the Buyer's data outside the site.
P:10.3 The Supplier shall report any security incident affecting the Buyer's data within 12 hours and is liable for losses caused by its breach of this clause.
H:11. Confidentiality
P:Each party shall keep confidential the other party's non-public information, including site layouts and customer information, and disclose it only with prior written consent. This clause survives termination.
H:12. Intellectual Property
P:12.1 Configurations, alarm rules, integration scripts and drawings made for the Buyer belong to the Buyer, which may use and modify them freely.
P:12.2 The Supplier keeps its rights in the Software and embedded software, which are licensed to the Buyer perpetually.
H:13. Liability and Subcontracting
P:13.1 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of clause 10, which are not limited.
P:13.2 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent.
H:14. Termination
P:The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after notice. The Supplier shall then refund the amounts paid for items not accepted.
H:15. Packing, Shipping and Import
P:15.1 The Supplier shall pack the Equipment for sea and road transport, mark each case with the contract number and keep a packing list in each case. The Supplier is responsible for export formalities in Uruguay, shipment, insurance, import customs clearance and delivery to the Binhai site, and bears the risk of loss until delivery.
P:15.2 The Supplier shall provide the certificates of origin, the calibration certificates of each sensor and detector, and the CCC or other certificates required for import and use in China before shipment.
P:15.3 The Buyer shall check the cases on arrival in the Supplier's presence. Missing or damaged items shall be replaced at the Supplier's cost within 20 days.
H:16. Site Rules and Safety
P:16.1 The Supplier's staff shall follow the Buyer's site safety rules, including the rules for work in freezing chambers, ammonia areas and at height, and shall wear the protective equipment supplied by the Buyer.
P:16.2 The Supplier is responsible for the safety of its staff and shall hold insurance covering injury to its staff and damage to the Buyer's property.
H:17. Training and Documents
P:17.1 The Supplier shall train up to 20 operators and maintenance staff of the Buyer in two sessions, covering the monitoring screens, alarm handling, battery replacement and sensor calibration checks.
P:17.2 Training shall take place on site after installation and before the trial run, with practical exercises in each chamber.
P:17.3 The Supplier shall provide operating manuals, maintenance manuals, the as-built drawings and the spare-parts list in Chinese and English.
H:18. Force Majeure
P:If a party is prevented from performing this Contract by an event beyond its reasonable control, such as natural disaster, epidemic, war, government action or a general failure of public networks, it shall notify the other party promptly, provide evidence within 15 days and use reasonable efforts to limit the effects. Time for performance is extended for the duration of the event. If the event continues for more than 90 days, either party may end the Contract by written notice without liability, and amounts paid for services not performed shall be refunded.
H:19. Anti-bribery
P:Each party shall comply with the anti-bribery laws of the People's Republic of China and of its own country. Neither party shall offer or give any payment, gift or other advantage to employees of the other party to obtain or keep business. A breach of this clause is a material breach.
H:20. Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Tianjin Arbitration Commission for arbitration in Tianjin.
P:For the Buyer: ____________________    For the Supplier: ____________________    Date: 22 September 2025
"""

E04 = """# MANAGED IT SERVICE DESK AGREEMENT

**Agreement No.** PV-FS-2025-07

**Between**

- **Pura Vida Service Desk S.R.L.**, Calle 4, Avenida 8, Heredia, Costa Rica ("Provider"); and
- **Foshan Greenleaf Furniture Co., Ltd.**, 3 Lecong Industrial Road, Shunde District, Foshan, Guangdong Province, People's Republic of China ("Customer").

**Background.** The Customer has about 620 office and factory users at its Foshan headquarters and two factories. It wishes to outsource its first-line IT service desk and remote end-user device support to the Provider, which runs a bilingual (Chinese and English) service desk. Charges are in Chinese Yuan (CNY).

## 1. Definitions

1.1 "Services" means the managed service desk and device support services described in Schedule 1.

1.2 "Service Start Date" means the day after Transition Acceptance.

1.3 "Initial Term" means 24 months from the Service Start Date.

1.4 "Incident" means an unplanned interruption or reduction in the quality of an IT service used by the Customer.

## 2. Services

2.1 The Provider shall perform the Services from the Service Start Date for the Initial Term, in accordance with Schedule 1 and the service levels in Schedule 2.

2.2 The Provider shall staff the service desk with agents able to work in Mandarin and Cantonese and shall keep a named service manager for the Customer.

2.3 The Customer shall give the Provider remote-support access to its devices and read access to its directory and device management console as reasonably required.

## 3. Transition

3.1 The Provider shall complete transition within 45 days after signature: knowledge transfer from the current service desk, set-up of the ticketing workflow, telephone numbers and chat channel, and the user and asset lists.

3.2 Transition Acceptance requires that: (a) 200 test tickets covering the ten most frequent request types are handled according to the knowledge articles; (b) calls are answered in Mandarin and Cantonese during a five-day parallel run; (c) the reporting dashboard shows the Schedule 2 measures correctly; and (d) the service manager and escalation contacts are confirmed. The Customer confirms Transition Acceptance in writing.

3.3 If Transition Acceptance is delayed for reasons attributable to the Provider, the Provider shall pay CNY 900 for each day of delay, up to CNY 45,000.

## 4. Charges and Payment

4.1 The charges are set out in Schedule 3. The monthly charge is fixed for the Initial Term.

4.2 The transition fee is invoiced on Transition Acceptance. Monthly charges are invoiced monthly in arrears. Invoices are payable within 30 days. No charge is payable in advance.

## 5. Service Levels and Service Credits

5.1 The Provider shall meet the service levels in Schedule 2 and report them monthly.

5.2 If a service level is missed in a month, the Provider shall grant the service credit stated in Schedule 2 against the next invoice. Credits in a month are capped at 20% of that month's charge.

## 6. Customer Data

6.1 All information that the Provider receives or creates in performing the Services, including tickets, user lists, asset lists and device logs, is the Customer's property, and the Provider shall use it only to perform the Services.

6.2 On expiry of the Agreement the Provider shall hand over the ticket history and knowledge base to the Customer in a common format.

## 7. Confidentiality

Each party shall keep confidential all non-public information of the other party received under this Agreement, shall use it only for this Agreement and shall not disclose it to any third party without prior written consent. This clause survives for three years after the Agreement ends.

## 8. Intellectual Property

Knowledge articles, scripts, runbooks and reports prepared for the Customer belong to the Customer, which may use and modify them freely and give them to a successor provider. The Provider keeps its ticketing tools and general know-how.

## 9. Personnel and Subcontracting

9.1 The Provider shall use its own employees to perform the Services.

9.2 The Provider shall not subcontract any part of the Services without the Customer's prior written consent.

## 10. Liability

10.1 The Provider's total liability under this Agreement is limited to 150% of the total charges for the Initial Term.

10.2 Neither party is liable for indirect loss or loss of profit.

## 11. Term and Termination

11.1 This Agreement runs for the Initial Term and then ends, unless the parties agree an extension in writing.

11.2 Neither party may terminate this Agreement before the end of the Initial Term. If a party breaches this Agreement, the other party's remedies are service credits under clause 5 and a claim for damages within the limits of clause 10; a breach, however serious, does not entitle either party to terminate.

11.3 On expiry the Provider shall support the handover to the Customer or a successor for up to 30 days at the rates in Schedule 3.

## 12. Governance

12.1 The service manager shall meet the Customer's IT manager monthly to review the service report, open problems and planned changes.

12.2 Each quarter the parties shall hold a service review with the Customer's senior management, covering trends, user feedback and improvement proposals.

12.3 The Provider shall propose at least two service improvements each quarter, such as new knowledge articles or automation of frequent requests.

12.4 The Provider shall carry out a user satisfaction survey twice in each contract year and share the results, together with an action plan for the lowest-rated areas.

12.5 The Provider shall keep the knowledge base current, review each knowledge article at least every six months and record the date of the last review in the article.

12.6 The Customer shall inform the Provider in advance of projects, office moves, factory shutdowns and software roll-outs that may increase the volume of calls, so that the Provider can plan its staffing.

## 13. Changes

Changes to the Services, the number of users or the service hours are agreed in writing through a change note stating the effect on the charges. The Provider shall not refuse reasonable changes.

## 14. Force Majeure

If a party is prevented from performing this Agreement by an event beyond its reasonable control, such as natural disaster, epidemic, war, government action or a general failure of public networks, it shall notify the other party promptly, provide evidence within 15 days and use reasonable efforts to limit the effects. Time for performance is extended for the duration of the event. If the event continues for more than 90 days, either party may end the Agreement by written notice without liability, and amounts paid for services not performed shall be refunded.

## 15. Anti-bribery

Each party shall comply with the anti-bribery laws of the People's Republic of China and of its own country. Neither party shall offer or give any payment, gift or other advantage to employees of the other party to obtain or keep business. A breach of this clause is a material breach.

## 16. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Guangzhou Arbitration Commission for arbitration in Guangzhou.

## Schedule 1 — Services

| Service | Description | Hours |
|---|---|---|
| Service desk | Telephone, chat and e-mail contact point; logging, classification and first-line resolution | 24 × 7 |
| Remote device support | Laptops, desktops, printers and mobile devices: software installation, configuration, troubleshooting | Mon–Sat 07:00–22:00 |
| Account administration | Password resets, directory account creation and removal, mailbox and group changes | 24 × 7 |
| Asset records | Update of the asset list after moves, adds and changes | Business days |
| Reporting | Monthly service report and quarterly service review | Monthly / quarterly |

## Schedule 2 — Service Levels and Credits

| Priority | Example | Response | Resolution or workaround | Credit if missed (of the monthly charge) |
|---|---|---|---|---|
| P1 | Factory production office or whole site cannot work | 30 minutes | 6 hours | 5% per incident |
| P2 | A department or key user cannot work | 1 hour | 8 business hours | 2% per incident |
| P3 | Single user, workaround available | 1 business day | 3 business days | none |

| Measure | Target | Credit if missed |
|---|---|---|
| Calls answered within 60 seconds | 90% of calls in the month | 3% |
| Customer satisfaction score | 4.2 out of 5 | 1% |

## Schedule 3 — Charges

| Charge | Amount (CNY) |
|---|---|
| Transition fee (one-time) | 58,000 |
| Monthly service charge, up to 650 users | 46,000 per month |
| Total for the Initial Term (24 months) | 58,000 + 24 × 46,000 = 1,162,000 |
| Additional users above 650 | 70 per user per month |
| Handover support after expiry | 1,800 per person-day |

**Signed for the Provider:** ____________ **Signed for the Customer:** ____________ Date: 5 October 2025
"""

E05 = """DATA API SUBSCRIPTION AGREEMENT

Agreement No. CDW-API-2025-118

PARTIES

Cibao DataWorks S.R.L., Calle del Sol 57, Santiago de los Caballeros, Dominican Republic ("Provider").

Shenzhen Everfresh Imports Co., Ltd., Room 1806, Tower B, 3 Qianhai Road, Nanshan District, Shenzhen, Guangdong Province, People's Republic of China ("Customer").

BACKGROUND

The Customer imports tropical fruit, cocoa and coffee into China and buys from exporters in the Caribbean and Central America. The Provider compiles farm-gate and export prices, harvest forecasts, phytosanitary notices and vessel schedules for these products and delivers them through a data API. The Customer wishes to feed these data into its purchasing and shipment-planning systems. Fees are stated in Chinese Yuan (CNY) at the Customer's request.

1. DEFINITIONS

1.1 "API" means the Provider's CibaoData REST interface and its documentation.

1.2 "Data" means the price, forecast, notice and schedule data made available through the API.

1.3 "Subscription Year" means each period running from the Start Date, or from an anniversary of it, to the day before the next anniversary.

1.4 "Start Date" means 1 December 2025.

1.5 "Customer Information" means the Customer's API queries, watch lists, product and supplier lists, usage logs and any data the Customer uploads for matching.

2. SUBSCRIPTION

2.1 The Provider grants the Customer a non-exclusive, non-transferable right to access the API and to use the Data within the Customer's group in mainland China for its own purchasing, planning and reporting, during the Initial Term and any renewal.

2.2 The subscription includes: daily price series for 46 products across 9 origin countries, weekly harvest forecasts, phytosanitary notices within one business day of publication, vessel schedules for 14 ports of loading, and up to 400,000 API calls per month.

2.3 The Customer may display Data in internal dashboards and reports but shall not resell the Data or make it available to persons outside its group.

3. INTEGRATION SERVICES

3.1 The Provider shall load the historical Data series since January 2018 into the Customer's data warehouse and build a mapping of the Customer's product codes and supplier names to the Provider's identifiers (the "Integration Deliverables") within 40 days after signature.

3.2 Integration Acceptance occurs when the Customer confirms in writing that: (a) every historical series is complete with no missing trading day; (b) a sample of 300 price points matches the Provider's published values; (c) the daily feed has run for ten consecutive business days without failure; and (d) all products and suppliers on the Customer's list are mapped. Receipt of the files or use of the feed is not Integration Acceptance.

3.3 If Integration Acceptance is delayed by the Provider, the Provider shall pay CNY 300 for each day of delay, up to CNY 12,000.

4. FEES AND PAYMENT

4.1 The subscription fee is CNY 198,000 per Subscription Year for the Initial Term, invoiced quarterly in arrears in four equal amounts of CNY 49,500.

4.2 The integration fee of CNY 24,000 is invoiced on Integration Acceptance.

4.3 The total price for the Initial Term is CNY 420,000 (CNY 396,000 of subscription fees and CNY 24,000 of integration fees). API calls above the monthly allowance are charged at CNY 0.02 per call, invoiced with the following quarterly invoice.

4.4 Invoices are payable within 30 days. Nothing is payable before the Start Date.

5. TERM AND RENEWAL

5.1 The Initial Term is two Subscription Years, from 1 December 2025 to 30 November 2027.

5.2 At the end of the Initial Term and of each renewal period, the subscription renews automatically for a further Subscription Year unless either party gives written notice of non-renewal at least 60 days before the end of the current period.

5.3 For each renewal period the subscription fee is the Provider's list price in force at the start of that renewal period, which the Provider may set at its discretion and notify by e-mail.

6. SERVICE LEVELS

6.1 The API shall be available 99.95% of each calendar month, excluding maintenance announced 48 hours in advance.

6.2 The Provider shall respond to Priority 1 incidents (the API unavailable or the daily feed not delivered by 08:00 China Standard Time) within 1 hour, at any time, and restore service within 6 hours. Priority 2 incidents receive a response within 8 business hours.

6.3 Daily price series shall be updated by 08:00 China Standard Time on each business day in the origin country.

6.4 If availability falls below the level in 6.1 in a month, the Provider shall credit 5% of the quarterly fee for each 0.1 percentage point of shortfall; for each late Priority 1 response it shall credit CNY 1,000. Credits are deducted from the next invoice.

7. CUSTOMER INFORMATION AND SECURITY

7.1 Customer Information belongs to the Customer. The Provider shall process it only to provide the API and the integration services and shall not use it to build products, analyses or benchmarks for itself or others.

7.2 The Provider shall protect Customer Information with encryption in transit and at rest, access limited to named engineers, multi-factor authentication, rotation of API keys on request and access logs kept for six months. Customer Information shall be stored on servers in mainland China.

7.3 The Provider shall notify the Customer within 24 hours of any unauthorised access to Customer Information or API keys, contain the incident and compensate the Customer for losses caused by the Provider's failure to meet this clause 7.

7.4 When the Agreement ends the Provider shall delete Customer Information within 30 days and confirm it in writing.

8. DATA QUALITY AND WARRANTIES

8.1 The Provider compiles the Data from official statistics, exporters' associations, port authorities and its own field surveys. It shall correct any error notified by the Customer within two business days.

8.2 The Provider warrants that it has the rights needed to license the Data to the Customer.

9. INTELLECTUAL PROPERTY

9.1 The Provider owns the Data, the API and its databases.

9.2 The Integration Deliverables, including the product and supplier mapping tables and loading scripts, belong to the Customer, which may use and modify them freely, also after the Agreement ends.

10. LIABILITY

10.1 The Provider's total liability under this Agreement is limited to 200% of the total price for the Initial Term.

10.2 Neither party is liable for indirect loss or loss of profit, except for liability under clause 7.

11. SUBCONTRACTING

The Provider shall not subcontract the provision of the API or the integration services without the Customer's prior written consent. Its field survey agents and data sources are not subcontractors.

12. TERMINATION

12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after notice.

12.2 On termination for the Provider's breach, the Provider shall refund fees paid for any period after termination.

13. GOVERNING LAW AND DISPUTES

This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Shenzhen Arbitration Commission for arbitration in Shenzhen.

14. CUSTOMER OBLIGATIONS

14.1 The Customer shall keep its API keys secure, use the API in accordance with its documentation and not exceed reasonable call rates that could affect other users.

14.2 The Customer shall name a technical contact for the integration services and provide access to its data warehouse test environment.

15. CHANGES TO THE API

15.1 The Provider may add new products, fields or origin countries to the Data at no extra charge.

15.2 The Provider shall publish release notes for each change to the API and answer the Customer's technical questions about a change within two business days.

15.3 The Provider shall announce changes that could affect the Customer's integration at least 60 days in advance and keep the previous API version available during that period.

16. FORCE MAJEURE

If a party is prevented from performing this Agreement by an event beyond its reasonable control, such as natural disaster, epidemic, war, government action or a general failure of public networks, it shall notify the other party promptly, provide evidence within 15 days and use reasonable efforts to limit the effects. Time for performance is extended for the duration of the event. If the event continues for more than 90 days, either party may end the Agreement by written notice without liability, and amounts paid for services not performed shall be refunded.

17. ANTI-BRIBERY

Each party shall comply with the anti-bribery laws of the People's Republic of China and of its own country. Neither party shall offer or give any payment, gift or other advantage to employees of the other party to obtain or keep business. A breach of this clause is a material breach.

18. GENERAL

18.1 Notices shall be given in writing by e-mail with confirmation or by courier to the addresses above.

18.2 Neither party may assign this Agreement without the other's written consent.

18.3 This Agreement may be amended only in writing signed by both parties.

Signed for the Provider: ____________________ Name / Title / Date

Signed for the Customer: ____________________ Name / Title / Date
"""

# ---------------------------------------------------------------- files
FILES = {  # key: (file name, kind, source)
    "z01": ("h557z01_sports_bureau_fitness_platform_licence_development.pdf", "pdf", Z01),
    "z02": ("h557z02_battery_plant_formation_cabinet_control_retrofit.docx", "docx", Z02),
    "z03": ("h557z03_car_care_chain_work_order_saas.txt", "txt", Z03),
    "z04": ("h557z04_customs_inspection_system_annual_om.txt", "txt", Z04),
    "z05": ("h557z05_oyster_sauce_batch_traceability_supplier_template.md", "md", Z05),
    "e01": ("h557e01_route_planning_licence_chile_vendor.pdf", "pdf", E01),
    "e02": ("h557e02_store_inspection_saas_order_form_peru_vendor.md", "md", E02),
    "e03": ("h557e03_cold_store_sensors_uruguay_vendor.docx", "docx", E03),
    "e04": ("h557e04_managed_service_desk_costa_rica_vendor.md", "md", E04),
    "e05": ("h557e05_produce_market_data_api_dominican_vendor.txt", "txt", E05),
}
LANG = {k: ("zh" if k[0] == "z" else "en") for k in FILES}


def T(avail, p1, remedy, ip, dsec, owns, conf, ld, cap, prep, acc, final, war, fee, auto, term, sub, law, kind):
    return {"availability_pct": avail, "p1_response_hours": p1, "sla_remedy": remedy, "ip_owner": ip,
            "data_security_clause": dsec, "buyer_owns_data": owns, "confidentiality": conf,
            "ld_rate_per_day_pct": ld, "liability_cap_pct": cap, "prepayment_pct": prep, "acceptance_clause": acc,
            "final_payment_on_acceptance": final, "warranty_months": war, "post_warranty_fee_pct": fee,
            "auto_renewal_price_increase": auto, "termination_for_breach": term, "subcontract_without_consent": sub,
            "governing_law": law, "contract_kind": kind}


G, S = "goods_or_licence", "service"
# key: category, terms, extra (sla_clause, ld_stated, capped or None, deemed, value), design-only facts
LABELS = {
    "z01": ("software", T(99.95, 0.5, True, "buyer", True, True, True, 0.1, None, 20, True, True, 24, 10, False, True, False, "PRC", G),
            (True, True, True, False, 1500000), {"fee_base": 620000}),
    "z02": ("hardware", T(None, 1, True, "buyer", True, True, True, 0.08, None, 10, True, True, 18, 28, False, True, True, "PRC", G),
            (True, True, True, False, 1370000), {"fee_base": 1206000}),
    "z03": ("cloud", T(99.5, 0.5, True, "buyer", True, True, True, 800 / 960000 * 100, 200, None, True, None, None, None, True, True, False, "PRC", S),
            (True, True, None, False, 960000), {}),
    "z04": ("services", T(99.5, 0.25, True, "buyer", True, True, True, 0.1, None, None, False, None, None, None, False, True, False, "PRC", S),
            (True, True, None, False, 586000), {}),
    "z05": ("software", T(None, None, False, "supplier", True, False, True, 0.02, 20, 50, True, True, 6, None, False, True, None, "PRC", G),
            (False, True, False, False, 720000), {"fee_base": 380000}),
    "e01": ("software", T(None, 1, True, "buyer", True, True, True, 1500 / 1220000 * 100, 150, 20, True, True, 18, 13, False, True, False, "Chile", G),
            (True, True, True, False, 1220000), {"fee_base": 800000}),
    "e02": ("cloud", T(99.95, 2, False, "buyer", True, True, True, None, 6 / 24 * 100, None, True, None, None, None, False, True, False, "PRC", S),
            (True, False, None, False, 480000), {}),
    "e03": ("hardware", T(None, 2, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 24, 8, False, True, False, "PRC", G),
            (True, True, True, False, 750000), {"fee_base": 656200}),
    "e04": ("services", T(None, 0.5, True, "buyer", False, True, True, 900 / 1162000 * 100, 150, None, True, None, None, None, False, False, False, "PRC", S),
            (True, True, None, False, 1162000), {}),
    "e05": ("cloud", T(99.95, 1, True, "buyer", True, True, False, 300 / 420000 * 100, 200, None, True, None, None, None, True, True, False, "PRC", S),
            (True, True, None, False, 420000), {}),
}

DESIGN = {
    "z01": [],
    "z02": ["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE"],
    "z03": ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"],
    "z04": ["CR-ACCEPTANCE", "CR-SLA-AVAILABILITY"],
    "z05": ["CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
            "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-WARRANTY"],
    "e01": ["CR-GOVERNING-LAW"],
    "e02": ["CR-LD-MISSING", "CR-LIABILITY-CAP", "CR-SLA-NO-REMEDY"],
    "e03": [],
    "e04": ["CR-DATA-SECURITY", "CR-TERMINATION"],
    "e05": ["CR-AUTO-RENEWAL", "CR-CONFIDENTIALITY"],
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HORIZON = 5


def tco(t, extra, facts):
    """policy section 4: value + post-warranty fees over the horizon from acceptance (partial years pro rata)."""
    value = extra[4]
    if t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    years = max(0.0, HORIZON - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * facts["fee_base"]
    return value + fees, fees / (value + fees) * 100


def rules_of(key):
    cat, t, extra, facts = LABELS[key]
    sla, ld_stated, capped, deemed, value = extra
    goods = t["contract_kind"] == G
    r = set()
    if not sla:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
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
    if not t["acceptance_clause"] or deemed or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not capped or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        res = tco(t, extra, facts)
        if res and res[1] > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or facts.get("forum_outside"):
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


SEV = {"CR-SLA-MISSING": "high", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high", "CR-LD-MISSING": "high",
       "CR-ACCEPTANCE": "high", "CR-POST-WARRANTY-FEE": "high", "CR-GOVERNING-LAW": "low"}


def risk(rules):
    sev = [SEV.get(r, "medium") for r in rules]
    return "high" if "high" in sev else "medium" if "medium" in sev else "low"

# ---------------------------------------------------------------- threshold scan
ZN = "一二三四五六七八九十"
THRESH = [
    r"99\.9(?!\d)\s*%", r"(?<![\d.])4\s*(?:小时|个小时|h\b|hrs?\b|hours?\b|-hour)", r"(?<![" + ZN + r"])四个?小时",
    r"\bfour[- ](?:business |working |clock )?hours?\b", r"(?<![\d.])240\s*(?:分钟|minutes?)",
    r"(?<![\d.])0\.05(?!\d)\s*%", r"万分之五(?![" + ZN + r"\d])", r"(?<![\d.])0\.05\s*per\s*cent",
    r"(?<![\d.])100\s*%", r"百分之百", r"(?<![\d.])100\s*per\s*cent", r"\bone hundred per\s*cent",
    r"(?<![\d.])30\s*%", r"百分之三十(?![一二三四五六七八九])", r"(?<![" + ZN + r"])三成", r"\bthirty per\s*cent",
    r"(?<![\d.])12\s*(?:个月|months?\b|-month)", r"(?<![" + ZN + r"])十二个月", r"\btwelve[- ](?:calendar )?months?\b",
    r"一年", r"\bone[- ]year\b", r"\b(?:a|per) year'?s? term\b",
    r"(?<![\d.])15\s*%", r"百分之十五", r"(?<![\d.])15\s*per\s*cent", r"\bfifteen per\s*cent",
    r"(?<![\d.])40\s*%", r"百分之四十(?![一二三四五六七八九])", r"(?<![" + ZN + r"])四成", r"\bforty per\s*cent",
    r"(?<![\d.])5\s*(?:年|years?\b|-year)", r"(?<![" + ZN + r"])五年", r"\bfive[- ]years?\b",
    r"(?<![\d.])60\s*(?:个月|months?\b|-month)", r"六十个月", r"\bsixty[- ]months?\b",
]
THRESH_RE = [re.compile(p, re.I) for p in THRESH]
MUST_HIT = ["99.9%", "99.9 %", "4小时", "4 小时", "四小时", "4 hours", "four hours", "240分钟", "0.05%", "万分之五",
            "100%", "百分之百", "30%", "百分之三十", "三成", "12个月", "十二个月", "twelve months", "12 months", "一年",
            "one year", "one-year", "15%", "15 %", "百分之十五", "40%", "四成", "百分之四十", "5年", "五年", "five years",
            "5 years", "60 months", "60个月", "0.05 %", "4h", "4-hour"]
MUST_MISS = ["24小时", "24 hours", "二十四小时", "99.95%", "99.5%", "115%", "0.15%", "150%", "2025年", "万分之五十",
             "服务年度", "Subscription Year", "1.5%", "14 hours", "0.055%", "130%", "1,500%", "25年", "2025 years",
             "120 months", "412 months", "百分之三十五", "十五日", "15 days", "30 days", "40 days", "5 days", "十二日"]


def hits(text):
    return [m.group(0) for rx in THRESH_RE for m in rx.finditer(text)]


def selftest():
    for s in MUST_HIT:
        assert hits(s) and hits("xx " + s + " yy"), ("must hit", s)
    for s in MUST_MISS:
        assert not hits(s), ("must miss", s, hits(s))


def variants(text):
    return [text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)]


# ---------------------------------------------------------------- read back
def read_back(path):
    kind = path.suffix[1:]
    if kind == "docx":
        from docx import Document
        d = Document(path)
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if kind == "pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(path).pages)
    return path.read_text(encoding="utf-8")


def length(key, text):
    if LANG[key] == "zh":
        return len(re.sub(r"\s+", "", text)), len(text)
    return len(text.split()), None


def main():
    selftest()
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    for key, (name, kind, src) in FILES.items():
        for v in variants(src):
            assert not hits(v), (key, "source", hits(v))
        if kind in ("txt", "md"):
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
    write({k: v[2] for k, v in FILES.items() if v[1] in ("docx", "pdf")},
          {k: (v[0], v[1]) for k, v in FILES.items() if v[1] in ("docx", "pdf")}, OUT, wrap_words=True)
    covered = set()
    ok = True
    for key, (name, kind, src) in FILES.items():
        text = read_back(OUT / name)
        for v in variants(text):
            assert not hits(v), (key, "built", hits(v))
        n, nws = length(key, text)
        lo, hi = (2750, 3000) if LANG[key] == "zh" else (1450, 1650)
        inr = lo <= (n if nws is None else nws) <= hi
        ok &= inr
        cat, t, extra, facts = LABELS[key]
        rules = rules_of(key)
        assert rules == sorted(DESIGN[key]), (key, rules, DESIGN[key])
        covered |= set(rules)
        res = tco(t, extra, facts) if t["contract_kind"] == G else None
        if res:
            assert abs(res[1] - 40) > 2, (key, res)
        print(f"{key} {name} len={n}{'' if nws is None else '/' + str(nws)} {'OK' if inr else 'OUT OF RANGE'} "
              f"risk={risk(rules)} rules={rules} tco={res}")
        sla, ld_stated, capped, deemed, value = extra
        ex = {"sla_clause": sla, "ld_stated": ld_stated}
        if t["contract_kind"] == G:
            ex["post_warranty_fee_capped"] = capped
        ex["acceptance_deemed_on_delivery"] = deemed
        ex["contract_value"] = value
        label = {"file": name, "language": LANG[key], "category": cat, "expected_terms": t, "expected_extra": ex,
                 "expected_rules": rules}
        check_thresholds(key, t)
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1), encoding="utf-8")
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    assert ok, "a text length is out of range"
    print("all 20 rules covered; lengths in range")


def check_thresholds(key, t):
    bad = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
           "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
    for k, v in bad.items():
        assert t[k] is None or abs(t[k] - v) > 1e-9, (key, k)


if __name__ == "__main__":
    main()
