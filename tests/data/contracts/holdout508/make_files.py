"""holdout508: ten ordinary draft contracts (5 zh, 5 en) + labels, written blind.

Builds every contract file from the sources below (.txt/.md written directly, .docx/.pdf through ../word_pdf.py),
writes the .json labels, derives each draft's expected rules from its labels by my own reading of policy.md §3,
checks them against the design list, asserts full coverage of the 20 CR rules, measures text lengths as read back
from the built files, and scans every source and built file for threshold figures.
Run: /work/main/.venv/bin/python -B make_files.py
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H508Z01 = """T:某市水利局河湖长制综合信息平台建设项目合同书
P:合同编号：SLJ-ZFCG-2026-017　采购方式：公开招标（政府采购）
P:甲方（采购人）：某市水利局　地址：某市滨江路88号
P:乙方（供应商）：江川数智科技有限公司　地址：某市高新区创新大道16号
P:根据《中华人民共和国民法典》《中华人民共和国政府采购法》及招标文件、乙方投标文件和中标通知书，甲乙双方就河湖长制综合信息平台建设项目达成如下协议，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供河湖长制综合信息平台软件许可（永久使用，不限用户数），并完成定制开发、数据对接与迁移、部署实施和培训。
P:1.2 定制开发内容包括：河湖巡查移动端（巡河轨迹、问题上报、照片水印）、“一河一策”档案管理、水质监测预警、河长工作考核统计及领导驾驶舱。
P:1.3 数据对接包括本市水文监测系统、环保水质自动站、城市视频共享平台，并将原有河长制系统中的河湖名录、巡河记录、问题台账完整迁移至新平台。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰伍拾玖万元整（¥1,590,000），为含税包干价，明细如下：
TB:序号|项目|金额（元）
TB:1|平台软件许可（永久）|860,000
TB:2|定制开发（五个模块）|520,000
TB:3|数据对接与迁移|146,000
TB:4|部署实施及培训|64,000
TB:合计||1,590,000
P:2.2 除本合同另有约定外，甲方无需支付其他任何费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行保函后10个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 系统通过初步验收后，甲方支付合同总价的45%。
P:3.3 系统通过最终验收后，甲方支付合同总价的35%。
P:3.4 乙方每次请款前应开具合法有效的增值税专用发票。
H:第四条 交付与工期
P:乙方应在合同签订后90日内完成部署并提交初步验收申请；初验合格后进入试运行，试运行期为60日。
H:第五条 验收
P:5.1 初步验收标准：各模块功能与招标文件技术要求逐项相符；三个外部系统接口连续10日数据交换无差错；迁移数据经双方抽查核对全部一致；500用户并发时页面响应不超过3秒。
P:5.2 最终验收标准：试运行期内无一级故障；第三方安全测评机构出具等保二级测评合格报告；乙方提交全部技术文档、源代码及操作手册。
P:5.3 系统上线或甲方使用系统均不视为验收合格，验收以双方签署的验收报告为准。
H:第六条 质保与维护
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供软件修正、升级和技术支持。
P:6.2 质保期满后，如甲方需要，乙方提供年度维护服务，年维护费不超过平台软件许可价的8%（即每年不超过68,800元），该价格三年内不上调。维护服务另行签订合同，不自动续期。
H:第七条 服务水平
P:7.1 平台月度可用率不低于99.95%（计划内维护除外）。
P:7.2 一级故障（平台整体不可用或数据丢失）乙方30分钟内响应，2小时内无法远程恢复的须派员到场处理；二级故障2小时内响应。
P:7.3 乙方未达到上述响应要求的，每超时1小时扣减维护服务费800元；月度可用率每低于约定值0.01个百分点，扣减1,000元，从应付款项中直接扣除。
H:第八条 违约责任
P:8.1 乙方逾期交付或逾期通过验收的，每逾期一日按合同总价的万分之八向甲方支付违约金。
P:8.2 乙方逾期超过30日的，甲方有权解除合同，并要求乙方返还已付款项。
H:第九条 知识产权
P:9.1 平台软件的著作权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:9.2 本项目定制开发的程序、接口、文档及源代码的知识产权归甲方所有，甲方可自行使用、修改或委托第三方维护。
H:第十条 数据安全
P:10.1 平台中的全部业务数据归甲方所有，乙方仅为履行本合同处理，不得用于其他任何目的。
P:10.2 乙方应落实访问控制、操作审计和数据加密措施，运维须经甲方堡垒机，不得将数据拷贝出甲方网络。
P:10.3 发生数据泄露等安全事件的，乙方应在2小时内报告甲方并采取补救措施；因乙方原因造成的损失由乙方全额赔偿。
H:第十一条 保密
P:乙方对履约中知悉的甲方工作秘密和未公开信息负有保密义务，保密义务在合同终止后继续有效。
H:第十二条 分包与转让
P:乙方不得将本项目转包或分包给任何第三方。
H:第十三条 合同解除
P:乙方严重违约且在甲方书面通知后15日内未纠正的，甲方有权解除合同并要求赔偿损失。
H:第十四条 法律适用与争议解决
P:本合同适用中华人民共和国法律。争议协商不成的，提交甲方所在地有管辖权的人民法院诉讼解决。
H:第十五条 双方责任
P:15.1 甲方负责提供项目所需的机房环境、网络和服务器资源，协调水文、环保、城管等部门提供接口技术资料，并指定项目联系人。
P:15.2 乙方应组建不少于八人的项目团队，项目经理未经甲方书面同意不得更换。乙方应每周提交项目周报，每月参加项目例会，如实报告进度、风险和问题。
P:15.3 乙方应按照甲方提供的河湖名录编码规则开展开发，保证平台与省级河长制平台的数据上报格式一致。
P:15.4 乙方交付的文档包括需求规格说明书、设计文档、数据库设计、接口说明、测试报告、用户手册和运维手册，均以中文编写。
H:第十六条 培训
P:乙方应对市、县、乡三级河长办工作人员及巡河员开展培训，不少于六场，并提供培训教材和操作视频；考核不合格的，乙方应免费再次培训。
H:第十七条 不可抗力
P:因地震、洪水等不可抗力致使合同不能按期履行的，受影响一方应在3日内通知对方并在15日内提供证明，双方协商延期履行或部分免除责任。
H:第十八条 廉洁
P:乙方不得向甲方工作人员提供任何形式的回扣、礼品或宴请；违反本条的，甲方有权解除合同并报送财政部门。
H:第十九条 项目进度与变更
P:乙方应在合同签订后10日内提交项目实施计划，明确需求调研、开发、部署、接口联调、数据迁移和试运行各阶段的完成时间，经甲方确认后执行。需求范围变更须经双方书面确认；不增加费用的细化调整，乙方应予配合。
P:因甲方原因导致工期延误的，交付期限相应顺延，乙方不承担逾期责任。
H:第二十条 合同文件及通知
P:下列文件构成本合同的组成部分并互为解释：本合同书、中标通知书、招标文件及澄清、乙方投标文件。本合同项下的通知以书面形式送达合同首部地址，甲方以邮件发送的工作联系函同样有效。
H:第二十一条 其他
P:本合同一式六份，甲方四份、乙方两份，自双方签字盖章之日起生效。本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
P:附件：一、技术需求及功能清单；二、项目实施计划；三、数据安全承诺书；四、接口清单。
P:甲方（盖章）：某市水利局　　　　乙方（盖章）：江川数智科技有限公司
P:签订日期：2026年3月18日
"""

H508Z02 = """T:退火窑温控系统改造及维保合同
P:合同编号：YH-BL-2026-0412
P:甲方：安徽皖耀玻璃制品有限公司（买方）
P:乙方：合肥恒温自动化工程有限公司（卖方）
P:甲方二号浮法线退火窑现有温控系统老化，控温偏差大、板面应力不稳定。经比选，甲方委托乙方实施温控系统改造。双方在平等自愿的基础上，订立本合同。
H:一、改造内容与合同价款
P:（一）乙方负责退火窑A、B、C、D、E、F各区温控系统改造，包括测温元件、控制柜、调功器、温控软件及上位机，并完成安装、调试和操作人员培训。
P:（二）合同总价为人民币1,450,000元（含13%增值税），明细见下表：
TB:序号|名称|数量|金额（元）
TB:1|S型铂铑热电偶及红外测温仪|48套|236,000
TB:2|PLC控制柜（含冗余CPU）|6面|418,000
TB:3|可控硅调功器|36台|274,000
TB:4|温控优化软件许可（永久）|1套|252,000
TB:5|工控上位机及操作站|2套|80,000
TB:|设备及软件小计||1,260,000
TB:6|安装调试（含停窑配合）|1项|168,000
TB:7|培训|1项|22,000
TB:|合同总价||1,450,000
H:二、付款方式
P:（一）合同生效后10个工作日内，甲方支付合同总价的20%作为预付款。
P:（二）设备到货并安装完成后，甲方支付合同总价的35%。安装完成不视为验收。
P:（三）系统通过最终验收后，甲方支付合同总价的45%。
H:三、交付与工期
P:（一）乙方应在合同生效后75日内完成设备到货，并在甲方安排的冷修停窑期内完成安装，停窑施工不得超过10日。
P:（二）乙方逾期交货或逾期完成安装调试的，每逾期一日按合同总价的千分之一支付违约金，累计不超过合同总价的10%。
H:四、验收
P:（一）验收标准：各区控温精度±1.5℃；连续30日运行无一级故障；退火后玻璃板面应力检测合格率不低于甲方质检规程要求；温控曲线、报警和历史数据可查询、可导出。
P:（二）乙方提交验收申请后，甲方组织生产、设备、质检部门共同验收，双方签署验收报告。设备投入使用不视为验收合格。
H:五、质保期
P:（一）质保期为十八个月，自最终验收合格之日起计算。质保期内设备及软件出现故障，乙方免费维修或更换。
P:（二）质保期内软件升级免费。
H:六、质保期满后的维保服务
P:（一）质保期满后，乙方提供年度维保服务，含驻厂工程师一名、备品备件及软件升级。
P:（二）年度维保费按设备及软件小计的28%计取，即每年人民币352,800元，三年内不调价。维保服务另行签订年度合同，不自动续期。
H:七、服务响应
P:（一）一级故障（任一区失控或控温偏差超过±5℃）：乙方接报后1小时内响应，8小时内到场。
P:（二）二级故障：2小时内响应，24小时内到场。
P:（三）乙方未按时响应或到场的，每超时1小时向甲方支付500元。
H:八、知识产权
P:（一）温控软件的著作权归乙方所有，甲方获得永久使用许可。
P:（二）为本项目编写的PLC程序、控制逻辑、上位机画面及参数表归甲方所有，乙方应交付源程序，甲方可自行修改使用。
H:九、数据安全与保密
P:（一）窑炉运行数据、工艺参数等生产数据归甲方所有，乙方不得用于本合同以外的目的。
P:（二）乙方远程维护须经甲方书面批准并在甲方人员监督下进行，不得拷贝或外传甲方数据；发生数据泄露或因乙方原因导致工控系统遭受攻击的，乙方应立即报告并承担全部赔偿责任。
P:（三）双方对履约中知悉的对方商业秘密和技术秘密负有保密义务，合同终止后继续有效。
H:十、分包
P:乙方不得将本合同主体工作分包；辅助性安装工作确需分包的，须事先取得甲方书面同意。
H:十一、合同的变更与解除
P:（一）本合同的变更须经双方协商一致并签订书面补充协议。
P:（二）因不可抗力致使合同目的不能实现的，双方均可解除合同。除此之外，任何一方不得单方解除本合同。
H:十二、法律适用与争议
P:本合同适用中华人民共和国法律。争议协商不成的，向甲方所在地人民法院起诉。
H:十三、双方义务
P:（一）甲方负责提供退火窑工艺参数、现有控制系统图纸和现场施工条件，安排冷修停窑时间，并指定设备部负责人为现场联系人。
P:（二）乙方应派出具有窑炉温控经验的项目经理和电气、软件工程师常驻现场，遵守甲方安全生产、动火作业和高温区域管理制度，施工人员须经甲方安全培训后方可进场。
P:（三）乙方应提交施工方案、停窑切换方案和应急回退方案，经甲方审核同意后实施；切换过程中不得影响一号线正常生产。
P:（四）乙方交付的资料包括电气原理图、接线图、PLC程序清单、软件操作手册、备件清单和设备合格证，均以中文编写。
H:十四、培训
P:乙方应对甲方窑炉操作工、电工和工艺技术人员分批培训，内容包括系统操作、报警处理、参数整定和日常点检，培训后由甲方考核，考核不合格的人员由乙方免费再次培训。
H:十五、安全生产
P:乙方在甲方厂区施工期间发生的人身伤害和财产损失，因乙方原因造成的由乙方负责；乙方应为施工人员购买意外伤害保险。
H:十六、不可抗力
P:因不可抗力致使合同不能按期履行的，受影响一方应及时通知对方并提供证明，双方据实协商延期履行。
H:十七、变更管理
P:（一）施工过程中需要增加或变更测温点位、控制回路的，由提出方书面说明理由，双方确认工作量和价款后签订变更单；未经甲方书面确认的变更，甲方不承担费用。
P:（二）因甲方生产安排推迟停窑的，乙方的安装期限相应顺延，乙方不承担逾期责任。
H:十八、质量保证
P:（一）乙方保证所供设备为原厂全新合格产品，热电偶及调功器具有出厂检验报告和计量校准证书。
P:（二）乙方保证所供软件不侵犯任何第三方的知识产权；因侵权引起的索赔由乙方负责处理并承担全部费用。
P:（三）设备到货后，双方共同开箱检验，核对型号、数量和外观，并签署到货清单。到货清单仅证明货物已送达，不视为质量认可。
H:十九、备品备件与技术支持
P:（一）乙方随货提供首批备品备件，包括热电偶、调功器模块和PLC输入输出模块，清单见附件二。
P:（二）质保期内乙方应在合肥保持常用备件库存，保证更换件在48小时内送达甲方厂区。
P:（三）乙方提供电话和远程技术支持，远程接入须遵守本合同第九条的约定。
P:（四）质保期内乙方每季度到厂巡检一次，检查热电偶老化、接线端子紧固和控制柜散热情况，并提交巡检报告。
H:二十、通知
P:本合同项下的通知应以书面形式送达合同首部所列地址或双方确认的电子邮箱。一方变更联系方式的，应提前3日书面通知对方。
H:二十一、其他
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。本合同未尽事宜，由双方另行签订补充协议。
P:附件一：技术规格书及分区测点布置图；附件二：首批备品备件清单；附件三：施工及停窑切换方案；附件四：验收测试大纲。
P:甲方（盖章）：安徽皖耀玻璃制品有限公司　　乙方（盖章）：合肥恒温自动化工程有限公司
P:日期：2026年4月12日
"""

H508Z03 = """洁衣坊门店订单及物流管理SaaS服务合同

合同编号：JYF-IT-2026-009

客户（甲方）：浙江洁衣坊洗涤连锁有限公司
服务商（乙方）：杭州云洗科技有限公司

鉴于甲方在浙江、江苏两省经营120家洗衣门店及2个中央洗涤工厂，需统一管理门店收衣、订单流转、工厂洗涤进度和收送物流；乙方拥有“云洗通”SaaS平台。双方经友好协商，订立本合同。

1. 服务内容
1.1 乙方向甲方120家门店和2个中央工厂提供“云洗通”平台订阅服务，包括门店收衣开单、衣物条码追踪、工厂洗涤排产、收送车辆调度、会员储值与对账报表。
1.2 乙方负责实施：门店及工厂基础数据初始化、历史会员数据导入、与甲方微信小程序和财务系统的接口开发、门店扫码设备调试及店长培训。
1.3 服务期为三个服务年度，自平台上线验收合格之日起计算。

2. 费用
2.1 订阅费按门店计收，每家门店每服务年度2,400元，120家门店每服务年度合计288,000元，三个服务年度共计864,000元。
2.2 一次性实施费96,000元。
2.3 本合同总价为960,000元（含6%增值税）。新增门店按每家每服务年度2,400元按月折算另行结算。

3. 付款
3.1 实施费在平台上线验收合格后15个工作日内支付。
3.2 订阅费自上线验收合格次月起按季度结算，乙方于每季度首月开具发票，甲方在收到发票后20日内支付当季订阅费。
3.3 甲方在上线验收前无需支付任何款项。

4. 上线与验收
4.1 乙方应在合同签订后60日内完成实施并提交上线验收申请。
4.2 验收标准：120家门店全部可开单并打印条码；衣物条码在门店、车辆、工厂之间全程可追踪；历史会员及储值余额与甲方原系统核对一致；小程序下单、支付、状态推送接口连续7日无差错；门店开单页面响应不超过2秒。
4.3 双方签署上线验收单后方为验收合格。
4.4 乙方逾期上线的，每逾期一日向甲方支付违约金800元。

5. 服务水平
5.1 平台月度可用率不低于99.5%（乙方提前48小时通知的计划内维护除外）。
5.2 P1故障（全部门店无法开单或数据丢失）：乙方30分钟内响应，2小时内恢复；P2故障（部分门店或单一功能不可用）：1小时内响应，8小时内恢复。
5.3 可用率未达标或P1故障未按时恢复的，乙方按当季订阅费的5%向甲方提供服务抵扣，单季累计不超过当季订阅费的20%。

6. 数据与安全
6.1 甲方的门店经营数据、订单数据和会员个人信息归甲方所有，乙方仅为提供本合同服务而处理，不得用于其他任何目的。
6.2 平台部署于境内云服务，通过网络安全等级保护三级测评；乙方应对会员个人信息加密存储，按最小权限控制访问并保留操作日志。
6.3 发生数据泄露的，乙方应在2小时内通知甲方并采取补救措施，因乙方原因造成的损失（包括监管罚款和会员索赔）由乙方承担。
6.4 合同终止后30日内，乙方应向甲方交还全部数据并彻底删除。

7. 知识产权
7.1 平台的知识产权归乙方所有。
7.2 乙方为甲方开发的小程序接口、财务接口及定制报表归甲方所有，甲方可自由使用、修改并许可第三方使用。

8. 保密
双方对在合作中获知的对方商业秘密负有保密义务，未经对方书面同意不得向第三方披露，该义务在合同终止后三年内有效。

9. 分包
乙方可将收送车辆调度系统的运维工作及门店设备现场安装工作交由第三方服务商完成，但应提前十日书面通知甲方，无需取得甲方同意。乙方对第三方的工作承担责任。

10. 续期
10.1 服务期届满前30日任何一方未书面提出终止的，本合同自动续期一个服务年度，续期可多次发生。
10.2 每次续期时，乙方有权上调订阅费单价，上调幅度以乙方书面通知为准，最高不超过上一服务年度单价的8%。

11. 责任限制
乙方在本合同项下的累计赔偿责任以合同总价的两倍为限，但因乙方故意、重大过失或违反第6条造成的损失不受此限。

12. 合同解除
12.1 一方严重违约且在收到书面通知后15日内未纠正的，守约方有权解除本合同。
12.2 乙方逾期上线超过30日的，甲方有权解除合同。

13. 法律适用与争议解决
本合同适用中华人民共和国法律。争议提交杭州仲裁委员会仲裁。

14. 双方义务
14.1 甲方负责提供门店清单、会员及储值历史数据、小程序和财务系统的接口文档，并安排各门店店长参加培训。
14.2 乙方应指定项目经理一名，负责实施计划、进度汇报和问题协调，每周向甲方提交实施周报；门店上线采用分批方式，每批不超过30家门店，前一批稳定运行后方可上线下一批。
14.3 乙方应为门店扫码枪、标签打印机等设备提供安装指导和远程调试，并在上线首周安排驻场支持。
14.4 乙方应提供平台操作手册、门店快速上手指南和管理员手册，平台功能变化时及时更新。

15. 服务报告
乙方每月向甲方提交服务报告，内容包括平台可用率、故障及处理情况、工单统计和下月计划；每季度与甲方召开服务评审会议。

16. 不可抗力
因不可抗力致使一方不能履行本合同的，受影响一方应及时通知对方并在15日内提供证明，双方协商延期履行或解除部分义务。

17. 变更
17.1 甲方新增或关闭门店的，应提前15日书面通知乙方，订阅费按实际开通门店数按月折算调整。
17.2 甲方提出的定制需求超出第1.2条范围的，双方另行签订补充协议，明确工作量、费用和交付时间。

18. 廉洁与合规
18.1 双方应遵守反商业贿赂的法律规定，不得向对方工作人员提供回扣、现金、购物卡或其他不正当利益。
18.2 乙方应遵守《中华人民共和国个人信息保护法》，向门店顾客展示隐私政策的文本由甲方确认。

19. 通知
本合同项下的通知应以书面形式送达合同首部所列地址或双方指定的电子邮箱，以邮件发送的，发出后24小时视为送达。

20. 服务终止与数据迁出
20.1 本合同终止或到期不续期的，乙方应在终止前提供不少于30日的过渡期，保证门店正常开单，并按甲方要求将订单、会员、储值和物流数据以通用格式导出交付。
20.2 过渡期内乙方按原单价按月收取订阅费，不得以终止为由降低服务水平或停止服务。
20.3 数据导出的格式、字段说明和校验方法由双方在导出前书面确认，导出数据经甲方核对无误后，乙方方可删除平台中的甲方数据。

21. 其他
本合同一式两份，双方各执一份，自签字盖章之日起生效。本合同附件包括：附件一 门店及工厂清单；附件二 平台功能清单；附件三 实施计划；附件四 服务水平及抵扣计算规则；附件五 数据处理说明。附件与本合同具有同等效力，附件与正文不一致的，以正文为准。

甲方（盖章）：浙江洁衣坊洗涤连锁有限公司
乙方（盖章）：杭州云洗科技有限公司
签订日期：2026年2月26日
"""

H508Z04 = """某市图书馆自助借还系统年度运维服务合同

项目编号：TSG-CS-2026-003（竞争性磋商）
甲方：某市图书馆
乙方：书联智能科技（南京）有限公司

根据《中华人民共和国政府采购法》及竞争性磋商文件、乙方响应文件和成交通知书，甲乙双方就本馆自助借还系统年度运维服务订立本合同。

第一条 服务范围
（1）运维对象：总馆及8个分馆的自助借还机36台、自助办证机6台、24小时自助还书箱4套、安全门禁18套、RFID标签转换工作站4台，以及自助借还管理系统与甲方图书馆集成管理系统（ILS）的SIP2接口。
（2）服务内容：日常巡检、故障维修、备件更换、软件补丁与版本维护、接口监测、季度数据报表及馆员操作培训。
（3）乙方派驻驻场工程师一名，工作时间为本馆开馆时间。

第二条 服务期
服务期自2026年1月1日起至2026年12月31日止。期满后本合同终止，不自动续期，下一服务期由甲方另行采购。

第三条 合同价款与支付
（1）本合同总价为人民币368,000元，包括人工、备件、交通及税费，甲方不再支付其他费用。
（2）价款按季度支付，每季度末经甲方考核合格后15个工作日内支付当季费用92,000元。
（3）甲方不支付预付款。

第四条 进场
乙方应在服务期开始之日进场并完成设备状况交接。乙方逾期进场的，每逾期一日向甲方支付违约金300元。

第五条 服务标准
（1）一级故障（某一馆全部自助借还设备停止服务或与ILS接口中断）：乙方在接到报修后8小时内响应，24小时内修复。
（2）二级故障（单台设备故障）：乙方在接到报修后8小时内响应，48小时内修复。
（3）每月完成全部设备巡检一次，巡检记录报甲方备案。
（4）乙方未在约定时间内响应或修复的，每超时1小时扣减当季运维费200元。

第六条 考核与验收
（1）甲方每季度按磋商文件附件“运维考核表”对乙方考核，考核内容包括故障响应与修复时限、巡检完成情况、备件到位情况和读者投诉处理情况，考核得分低于80分的，当季费用扣减5%。
（2）服务期满后，甲方组织年度验收，验收标准为：全年考核均合格、设备档案及维修记录完整、运维文档和配置清单已移交。年度验收合格后双方签署验收报告。

第七条 读者数据安全
（1）自助借还系统中的读者身份信息、借阅记录等数据归甲方所有，乙方不得复制、留存或用于本合同以外的任何目的。
（2）乙方工程师须签署数据安全承诺书，远程维护须经甲方审批并通过甲方堡垒机进行，全程留痕。
（3）发生读者数据泄露的，乙方应在2小时内报告甲方并配合处置；因乙方原因造成的损失和处罚由乙方承担。

第八条 保密
乙方对履约中接触到的甲方内部资料、网络配置和读者信息负有保密义务，该义务不因合同终止而解除。

第九条 知识产权
乙方在运维过程中为甲方编写的脚本、统计报表模板及运维文档归甲方所有。

第十条 责任限制
乙方在本合同项下对甲方承担的累计赔偿责任以本合同总价的50%为限，但第七条约定的数据安全责任以及人身伤害责任不受此限。

第十一条 分包
乙方不得将本合同服务转包或分包。

第十二条 合同解除
乙方严重违约，或连续两个季度考核不合格的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。

第十三条 法律适用与争议解决
本合同适用中华人民共和国法律。争议由双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十四条 驻场人员
（1）乙方驻场工程师须具有两年以上自助借还设备维护经验，未经甲方同意不得更换；驻场工程师休假的，乙方应安排同等能力人员顶岗。
（2）驻场工程师应遵守甲方馆内管理制度，统一着装、佩戴工作证，不得在读者服务区域大声喧哗或影响读者阅览。
（3）乙方应建立运维工作日志，记录每日巡检、报修、维修和备件更换情况，甲方可随时查阅。

第十五条 备品备件
（1）乙方应在甲方总馆储备常用备件，包括RFID读写器、触摸屏、凭条打印机和门禁天线，确保故障设备能及时更换。
（2）更换下来的故障部件归甲方所有的，乙方应登记后交还甲方；涉及存储读者信息的部件，乙方应在甲方监督下进行数据清除。

第十六条 服务交接
服务期满或合同解除时，乙方应向甲方或甲方指定的新服务商移交设备档案、配置清单、账号口令和运维文档，并配合交接不少于10个工作日。

第十七条 不可抗力
因不可抗力致使乙方不能按约提供服务的，乙方应及时通知甲方并提供证明，双方协商处理，相应期间的运维费按实际服务情况结算。

第十八条 安全与馆内秩序
（1）乙方人员在馆内作业时，应遵守甲方消防和用电安全规定，不得私拉电线，不得在开馆时间进行影响读者借还的拆机作业；确需停机维修的，应在馆内公告栏提前公告。
（2）因乙方人员操作不当造成甲方设备、馆藏文献损坏或读者人身伤害的，由乙方负责赔偿。

第十九条 服务改进
（1）乙方应在每季度考核后5个工作日内，针对扣分项目提交书面整改措施，并在下一季度落实。
（2）乙方可就设备更新、软件升级和读者服务改进向甲方提出建议，相关费用另行协商，未经甲方同意乙方不得擅自变更设备配置或升级软件版本。

第二十条 通知
本合同项下的通知以书面形式送达合同首部所列地址，或发送至双方指定的电子邮箱。紧急故障报修可通过电话或工作群进行，但乙方应在事后补录工单。

第二十一条 运维报告与档案
（1）乙方应每月5日前向甲方提交上月运维报告，内容包括设备运行状况、故障统计、平均修复时间、备件消耗和借还量统计。
（2）乙方应为每台设备建立维修档案，记录故障现象、原因分析、处理措施和更换部件，服务期满时整理成册移交甲方。
（3）对于同一设备一个季度内重复出现三次以上的同类故障，乙方应提交专项分析报告并提出根治措施。

第二十二条 培训与应急
（1）乙方应在服务期内为甲方流通部馆员举办两次操作培训，内容包括设备日常使用、常见故障处理和读者引导，并提供图文操作指引。
（2）乙方应制定设备故障及接口中断的应急预案，经甲方确认后执行，并每半个服务年度配合甲方开展一次应急演练；接口中断期间乙方应协助甲方启用人工借还登记，恢复后补录数据。

第二十三条 其他
（1）磋商文件、乙方响应文件及成交通知书为本合同的组成部分。
（2）本合同一式四份，甲方三份，乙方一份，自双方签字盖章之日起生效。
（3）本合同附件包括：设备清单及分布表、运维考核表、备件储备清单、驻场工程师名单及资质证明、数据安全承诺书。附件与本合同正文具有同等效力。
（4）服务期内如甲方新增自助设备，乙方应按磋商文件报价中的单台年度运维费标准纳入运维范围，按实际服务月数折算计费，双方签订补充协议确认。

甲方（盖章）：某市图书馆　　　　乙方（盖章）：书联智能科技（南京）有限公司
日期：2025年12月20日
"""

H508Z05 = """# 智饲配方管理系统软件许可及定制开发合同

**（禾丰启明软件标准合同文本 V3.0）**

合同编号：HFQM-2026-0087

- 甲方（买方）：山东鲁牧饲料有限公司
- 乙方（卖方）：北京禾丰启明软件有限公司

甲方为满足猪料、禽料、反刍料配方设计与原料成本管控的需要，采购乙方“智饲配方管理系统”及相关定制开发服务。双方依据《中华人民共和国民法典》，经协商一致，签订本合同。

## 第一条 合同标的

1. 乙方向甲方提供“智饲配方管理系统”标准版软件许可（5个并发用户，永久使用）。
2. 乙方为甲方定制开发以下内容：与甲方ERP的原料价格及库存接口、原料价格联动的配方自动优化模块、质检化验数据模块。
3. 乙方负责系统安装部署、历史配方导入及操作培训。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 智饲配方管理系统软件许可（标准版，5并发） | 420,000 |
| 2 | 定制开发（ERP接口、配方优化、质检模块） | 280,000 |
| 3 | 安装部署、数据导入及培训 | 60,000 |
| | 合计 | 760,000 |

上述价款含税。甲方增加并发用户或模块的，按乙方届时报价另行签订合同。

## 第三条 付款方式

1. 本合同签订后5个工作日内，甲方支付合同总价的50%，即380,000元。
2. 系统安装部署完成后10个工作日内，甲方支付合同总价的50%，即380,000元。
3. 甲方逾期付款的，每逾期一日按应付金额的千分之一向乙方支付违约金，乙方有权暂停服务。

## 第四条 交付与验收

1. 乙方在收到首付款后60日内完成软件安装部署，定制模块在其后45日内陆续交付。
2. 系统安装部署完成即视为甲方验收合格。甲方在系统安装部署完成后提出的问题，乙方在维护期内处理。
3. 乙方逾期交付的，每逾期一日按合同总价的万分之三向甲方支付违约金，违约金总额不超过合同总价的5%。

## 第五条 维护服务

1. 系统自安装部署完成之日起提供六个月免费维护服务。
2. 免费维护期满后，甲方如需继续获得维护服务，应按乙方当年度公布的维护服务价目表支付年度维护费，乙方有权根据市场情况调整价目表。
3. 维护期内，对于系统无法登录或配方无法计算的一级故障，乙方在工作日8小时内响应；其他故障在3个工作日内响应。响应方式包括电话、远程和现场。

## 第六条 知识产权

1. 智饲配方管理系统及乙方为本合同开发的全部定制模块、接口程序和文档的知识产权均归乙方所有。
2. 甲方在本合同约定的范围内享有非独占、不可转让的使用权，不得修改、反向工程或许可第三方使用。乙方有权将定制模块纳入其标准产品向其他客户销售。

## 第七条 数据

1. 甲方录入系统的配方、原料和化验数据归甲方所有。
2. 乙方应采取加密存储、访问权限控制和操作日志等安全措施保护甲方数据；乙方远程维护须经甲方同意。因乙方原因导致甲方数据泄露的，乙方应及时通知甲方并承担赔偿责任。
3. 甲方同意乙方对系统中的甲方数据进行脱敏处理后，用于乙方产品改进、配方模型训练及行业原料价格分析。

## 第八条 保密

双方对在合同履行过程中知悉的对方商业秘密负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后三年内有效。

## 第九条 责任限制

乙方在本合同项下的全部赔偿责任（包括违约金）累计不超过合同总价的20%。乙方对甲方的间接损失、利润损失和数据损失不承担责任。

## 第十条 合同解除

一方严重违约，经守约方书面催告后30日内仍未纠正的，守约方有权解除本合同。

## 第十一条 争议解决

本合同适用中华人民共和国法律。因本合同产生的争议，由乙方所在地人民法院管辖。

## 第十二条 双方义务

1. 甲方应指定项目联系人，提供服务器、数据库和网络环境，并提供历史配方、原料标准和化验项目等基础资料。甲方提供资料不及时的，交付期限相应顺延。
2. 乙方应指派实施顾问负责需求调研和系统部署，调研结束后提交需求确认书，经甲方签字后作为定制开发的依据。需求确认后甲方提出变更的，乙方有权另行收费。
3. 乙方应对甲方配方师、采购人员和质检人员进行操作培训，培训不少于三天。
4. 乙方交付的文档包括安装手册、用户手册和接口说明。

## 第十三条 不可抗力

因不可抗力致使一方不能履行合同的，受影响一方应及时通知对方，并在合理期限内提供证明。不可抗力持续超过60日的，双方可协商解除合同。

## 第十四条 通知

本合同项下的通知以书面形式送达合同首部所列地址，或发送至双方指定的电子邮箱，发出后第三日视为送达。

## 第十五条 系统运行环境

1. 甲方应按照乙方提供的配置要求准备服务器和数据库。因甲方运行环境不符合要求导致系统无法正常运行的，乙方不承担责任。
2. 甲方不得自行修改系统程序或数据库结构，否则乙方不再承担维护义务。
3. 甲方应定期备份系统数据。因甲方未备份导致数据丢失的，乙方不承担责任。

## 第十六条 升级与新版本

乙方发布的新版本，在免费维护期内甲方可免费获得补丁升级；大版本升级需另行付费，具体价格以乙方届时报价为准。

## 第十七条 合同变更

本合同的任何变更须经双方协商一致并以书面形式作出。甲方要求增加定制内容的，乙方按每人日2,800元另行收费。

## 第十八条 培训与实施

1. 乙方在系统部署完成后安排集中培训，培训对象为甲方配方师、采购员和质检员，培训内容包括原料库维护、营养标准设置、配方计算、成本分析和报表查询。
2. 培训地点在甲方厂区，甲方负责提供场地和电脑。超出三天的培训，按每人日2,800元另行收费。
3. 实施期间乙方顾问的差旅费用已包含在合同价款中。
4. 系统部署完成后，乙方将向甲方提供系统管理员账号及初始密码，甲方应妥善保管并及时修改密码。

## 第十九条 其他约定

1. 甲方应在乙方发出安装完成通知后及时组织人员使用系统。甲方未使用系统的，不影响乙方收取合同价款。
2. 乙方可在其宣传材料和客户名单中使用甲方名称和标识。

## 第二十条 其他

1. 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。
2. 本合同附件包括需求说明书、定制开发清单和培训计划，与本合同具有同等效力。
3. 本合同的任何修改和补充，须经双方书面签署后方可生效。
4. 甲方签署本合同即表示已充分阅读并理解本合同全部条款，尤其是第四条、第五条、第六条、第七条和第九条。

甲方（盖章）：山东鲁牧饲料有限公司

乙方（盖章）：北京禾丰启明软件有限公司

签订日期：2026年5月8日
"""

H508E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. CS-NB-2026-031
P:This Agreement is made on 16 March 2026 between Ningbo Haixian Cold Chain Logistics Co., Ltd., a company registered in Ningbo, Zhejiang Province, People's Republic of China (the "Customer"), and Capeline Software (Pty) Ltd, a company registered in the Republic of South Africa with its principal office at 12 Dorp Street, Stellenbosch, Western Cape (the "Vendor").
P:Background: the Customer operates three cold-storage warehouses in Ningbo and Zhoushan and wishes to replace its warehouse management system. The Vendor develops the Capeline WMS product. The parties agree as follows.
H:Article 1 Definitions
P:1.1 "Licensed Software" means the Capeline WMS modules listed in Article 3, in object code, with their documentation.
P:1.2 "Custom Deliverables" means the interfaces, reports, label templates, configurations and scripts prepared by the Vendor for the Customer under this Agreement, including their source code.
P:1.3 "Final Acceptance" means the Customer's signature of the final acceptance certificate under Article 6.
P:1.4 "Customer Data" means all data entered into, processed by or generated by the Licensed Software for the Customer, including inventory, customer, temperature and shipment records.
H:Article 2 Scope
P:2.1 The Vendor grants the Customer perpetual, non-exclusive licences to install and use the Licensed Software at its three warehouses and head office for its own business and that of its affiliates in mainland China.
P:2.2 The Vendor shall implement the Licensed Software, build interfaces with the Customer's ERP system, its transport management system and the temperature loggers in each cold room, migrate the open inventory records, and train the Customer's key users and administrators.
H:Article 3 Price
P:3.1 At the Customer's request all prices are stated and paid in Chinese Yuan (CNY). The Contract Price is CNY 1,880,000, fixed, inclusive of applicable taxes, itemised as follows:
TB:Item|Description|Amount (CNY)
TB:1|Warehouse core and RF scanning module licences (perpetual)|760,000
TB:2|Cold-chain temperature module licences (perpetual)|270,000
TB:3|Billing and client portal module licences (perpetual)|150,000
TB:|Licence subtotal|1,180,000
TB:4|Implementation and configuration|420,000
TB:5|Interfaces (ERP, TMS, temperature loggers)|236,000
TB:6|Training|44,000
TB:|Contract Price|1,880,000
H:Article 4 Payment
P:4.1 10% of the Contract Price within 15 days after signature, against the Vendor's bank guarantee of the same amount.
P:4.2 55% of the Contract Price within 15 days after Go-Live, which is the first day on which all three warehouses run on the Licensed Software. Go-Live is not acceptance.
P:4.3 35% of the Contract Price within 15 days after Final Acceptance.
P:4.4 The Vendor shall issue a valid VAT invoice for each payment. The Customer pays by bank transfer to the Vendor's account in CNY.
H:Article 5 Delivery and Delay
P:5.1 The Vendor shall reach Go-Live within 120 days after signature, according to the project plan in Annex 1.
P:5.2 If the Vendor is late in reaching Go-Live or Final Acceptance for reasons attributable to it, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price. Payment of liquidated damages does not release the Vendor from its obligation to complete the work.
H:Article 6 Acceptance
P:6.1 Final Acceptance tests start after 45 days of stable operation following Go-Live. The criteria are: all functions in the requirements specification pass the agreed test scripts; inventory in the system matches a full physical count at each warehouse; every temperature logger reading reaches the system within two minutes; all interfaces run for 20 consecutive days without error; and no Severity 1 incident occurs in the last 30 days of the test period.
P:6.2 If the criteria are met, the Customer signs the final acceptance certificate within ten working days. Use of the Licensed Software in production does not by itself amount to acceptance.
H:Article 7 Warranty and Support
P:7.1 The Vendor warrants that the Licensed Software and the Custom Deliverables will conform to their specifications for 24 months from Final Acceptance and will correct any defect free of charge during that period, including updates and new releases.
P:7.2 After the warranty period the Customer may order annual support at 9% of the licence subtotal per year (CNY 106,200), a price that will not increase for three years. Support is ordered by a separate purchase order each year and does not renew automatically.
H:Article 8 Service Levels
P:8.1 Severity 1 (a warehouse cannot receive or ship goods, or temperature data is lost): response within 1 hour, workaround within 8 hours, at any time of day. Severity 2: response within 2 hours during business hours. Severity 3: next business day.
P:8.2 For each hour by which the Vendor misses a Severity 1 response or workaround time it shall credit the Customer CNY 1,000, deducted from the next payment or refunded.
H:Article 9 Intellectual Property
P:9.1 The Licensed Software remains the property of the Vendor.
P:9.2 The Custom Deliverables belong to the Customer on creation. The Vendor shall deliver their source code, and the Customer may use, modify and license them to third parties without restriction.
H:Article 10 Customer Data and Security
P:10.1 Customer Data belongs to the Customer. The Vendor shall use it only to perform this Agreement and shall not keep any copy after completion.
P:10.2 The Vendor shall access the Customer's systems only through the remote access channel provided by the Customer, with named accounts and multi-factor authentication, and shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China.
P:10.3 The Vendor shall notify the Customer of any security incident affecting Customer Data within 12 hours, take remedial action at its own cost, and compensate the Customer for all losses caused by its breach of this Article.
H:Article 11 Confidentiality
P:Each party shall keep the other party's confidential information secret, use it only for this Agreement and disclose it only to staff who need it. This obligation survives termination for three years.
H:Article 12 Liability
P:The Vendor's total liability under this Agreement is limited to 150% of the Contract Price. The limit does not apply to liability under Articles 10 and 11, or to wilful misconduct.
H:Article 13 Subcontracting
P:The Vendor shall not subcontract any part of the work without the Customer's prior written consent and remains responsible for any approved subcontractor.
H:Article 14 Termination
P:14.1 The Customer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within 20 days after written notice, or if the delay damages under Article 5.2 reach their maximum.
P:14.2 On termination the Vendor shall return payments for work not accepted and hand over all Custom Deliverables completed so far.
H:Article 15 Governing Law and Disputes
P:15.1 This Agreement is governed by the laws of the Republic of South Africa.
P:15.2 Any dispute that the parties cannot settle within 30 days shall be referred to arbitration under the rules of the Arbitration Foundation of Southern Africa, seated in Johannesburg, in the English language.
H:Article 16 Project Organisation
P:16.1 Each party shall appoint a project manager within ten days after signature. The Vendor's project manager shall speak Chinese or be supported by a qualified interpreter at all meetings and workshops, and shall not be replaced without the Customer's consent, which shall not be withheld unreasonably.
P:16.2 The Vendor shall deliver a weekly status report showing progress against the project plan, open issues, risks and the actions agreed. The parties shall hold a steering meeting every month, chaired by the Customer's logistics director.
P:16.3 Any change to the scope, price or dates of the work shall be recorded in a written change order signed by both project managers before the changed work starts. Changes that do not affect price or dates may be agreed by e-mail between the project managers.
P:16.4 The Vendor shall deliver in Chinese and English the installation guide, the administrator manual, the user manuals for each module, the interface specifications and the operating procedures for the RF scanning devices.
H:Article 17 Force Majeure
P:Neither party is liable for delay caused by events beyond its reasonable control, such as natural disasters, epidemics or acts of government, provided that it notifies the other party within five days and takes reasonable steps to limit the effect. If such an event lasts longer than 90 days, either party may terminate this Agreement by written notice, and the Vendor shall refund payments for work not yet delivered.
H:Article 18 Notices and Compliance
P:18.1 Notices under this Agreement shall be in writing in English or Chinese and sent by courier or e-mail to the addresses in this Agreement.
P:18.2 Each party shall comply with applicable anti-bribery laws and shall not offer any improper payment or benefit to employees of the other party. The Vendor shall comply with the Customer's site safety rules when its staff work in the cold stores, including the rules on protective clothing and maximum working periods at low temperature.
H:Article 19 General
P:19.1 This Agreement with its annexes is the entire agreement of the parties. Any amendment must be in writing and signed by both parties.
P:19.2 Annex 1: Project plan. Annex 2: Requirements specification and test scripts.
P:Signed for the Customer: ____________________  Signed for the Vendor: ____________________
"""

H508E02 = """# ORDER FORM — TRACEHAUL SEAFOOD TRACEABILITY SERVICE

**Order Form No. TH-CN-2026-014**

| | |
|---|---|
| Provider | Tracehaul Systems (Pty) Ltd, 7 Nelson Mandela Avenue, Windhoek, Namibia |
| Customer | Zhoushan Donghai Aquatic Products Co., Ltd., Zhoushan, Zhejiang Province, People's Republic of China |
| Service | Tracehaul catch-to-plate traceability platform, Professional edition |
| Subscription Term | three Subscription Years from the Go-Live Date |
| Currency | Chinese Yuan (CNY), at the Customer's request |

## Section 1 Order details

1.1 The Customer subscribes to the Service for its two processing plants, its cold store and up to 80 named users. The Service covers vessel and landing records, raw-material lots, processing batches, cold-store movements, export documents and buyer-facing traceability reports.

1.2 The Provider will set up the Customer's tenant, configure the lot and batch structure, load the master data of vessels, suppliers, products and buyers, build two interfaces (to the Customer's ERP system and to its label printers) and train key users. This work is the "Onboarding".

1.3 The Service is hosted for the Customer in a data centre in mainland China operated by the Provider's cloud partner.

## Section 2 Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription fee, Subscription Year 1 | 80 users, two plants, cold store | 198,000 |
| Subscription fee, Subscription Year 2 | same | 198,000 |
| Subscription fee, Subscription Year 3 | same | 198,000 |
| Onboarding (one-time) | fixed price | 46,000 |
| Total Contract Value | | 640,000 |

2.1 The subscription fee is fixed for the Subscription Term. Additional users are charged at CNY 2,300 per user per Subscription Year, pro rata.

2.2 The Onboarding fee is invoiced after the Go-Live Acceptance. The subscription fee is invoiced quarterly in advance from the Go-Live Date, each invoice covering one quarter. Invoices are payable within 30 days of receipt. No amount is payable before the Go-Live Acceptance.

## Section 3 Dates

3.1 Target Go-Live Date: 1 July 2026. The Provider will use commercially reasonable efforts to meet it.

3.2 Subscription Years run from the Go-Live Date and from each anniversary of it.

Signed for the Customer: ____________  Signed for the Provider: ____________

# GENERAL TERMS

## Section 4 Onboarding and Go-Live Acceptance

4.1 When the Onboarding is complete the Provider will notify the Customer. The Customer will test the Service for ten working days against these criteria: every processing step at both plants can be recorded; a finished-goods carton can be traced back to its vessel and landing date and forward to its buyer; the ERP interface exchanges lots and stock without error for five consecutive days; and traceability reports for export shipments are produced in the agreed format.

4.2 If the criteria are met the Customer signs a Go-Live Acceptance certificate. The Go-Live Date is the date of that certificate. If they are not met the Provider will correct the defects and the test will be repeated.

## Section 5 Service and support

5.1 The Provider will use commercially reasonable efforts to make the Service available to the Customer at all times, except for planned maintenance, which the Provider will normally carry out outside the Customer's working hours.

5.2 Support is provided by e-mail and through the Provider's help-desk portal on business days. The Provider will respond to support requests as soon as reasonably practicable and will give priority to problems that stop the Customer's operations.

5.3 The Provider may update the Service from time to time, provided that updates do not materially reduce its functions.

## Section 6 Customer Data

6.1 "Customer Data" means all data the Customer or its users enter into the Service and all records generated from it. Customer Data belongs to the Customer. The Provider will use Customer Data only to provide the Service to the Customer and for no other purpose, including after the end of the Subscription Term.

6.2 The Provider will keep Customer Data in mainland China, encrypt it in transit and at rest, limit access to named staff who need it, log all administrative access, and keep backups for 30 days. The Provider will comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China.

6.3 The Provider will notify the Customer within 24 hours of becoming aware of any unauthorised access to or loss of Customer Data, take all reasonable steps to contain it, and bear the losses the Customer suffers as a result of the Provider's breach of this Section 6.

6.4 Within 30 days after the end of the Subscription Term the Provider will return all Customer Data in a standard format and then delete it, and confirm deletion in writing.

## Section 7 Intellectual property

7.1 The Service and the Provider's software remain the Provider's property. The Customer receives the right to use the Service during the Subscription Term.

7.2 The interfaces, report templates and configurations made for the Customer in the Onboarding belong to the Customer. The Customer may use, modify and license them to others without restriction.

## Section 8 Confidentiality

8.1 Each party will keep the other party's confidential information secret, use it only for this agreement and disclose it only to employees and advisers who need it and are bound by similar duties.

8.2 This Section 8 survives the end of the agreement for three years.

## Section 9 Liability

9.1 Each party's total liability under this agreement is limited to 150% of the Total Contract Value.

9.2 The limit does not apply to breach of Section 6 or Section 8, to wilful misconduct or to personal injury.

## Section 10 Subcontracting

10.1 The Provider will not subcontract the performance of the Service, except to its hosting partner named in Section 1.3, without the Customer's prior written consent. The Provider remains responsible for its subcontractors.

## Section 11 Term and termination

11.1 The agreement ends at the end of the Subscription Term. There is no automatic renewal; any extension requires a new Order Form signed by both parties.

11.2 Either party may terminate the agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.

11.3 If the Customer terminates under Section 11.2, the Provider will refund any fees paid for the period after termination.

## Section 12 Governing law and disputes

12.1 This agreement is governed by the laws of the People's Republic of China.

12.2 Disputes will be submitted to the Zhoushan Arbitration Commission for arbitration in Zhoushan.

## Section 13 Onboarding governance and service changes

13.1 Each party will name an onboarding lead. The Provider's lead will hold a weekly call with the Customer's quality manager during the Onboarding, report progress against the onboarding plan and record any open issue with an owner and a due date.

13.2 The Provider will give the Customer at least 30 days' written notice before withdrawing any function of the Service that the Customer uses, and will help the Customer move to a replacement function at no additional charge.

13.3 The Provider will make the user guide, the administrator guide and the interface specifications available in Chinese through the help-desk portal and keep them up to date.

## Section 14 Compliance

14.1 Each party will comply with the laws that apply to it in performing this agreement, including export-control, anti-bribery and food-safety record-keeping rules. The traceability records kept in the Service are intended to support, and do not replace, the Customer's own obligations to the market regulator and to customs.

14.2 The Provider will cooperate with audits by the Customer's export buyers and certification bodies that concern the traceability records, on reasonable notice and during business hours.

## Section 15 Force majeure

Neither party is liable for failure or delay caused by events beyond its reasonable control, such as natural disasters, epidemics, war or acts of government, provided it informs the other party promptly and takes reasonable steps to limit the effect. The Customer's obligation to pay fees is suspended for any period in which the Service is unavailable because of such an event.

## Section 16 Customer responsibilities

16.1 The Customer will provide the master data, label layouts and ERP interface documents requested in the onboarding plan, make its quality manager and plant supervisors available for workshops, and test the Service within the periods agreed.

16.2 The Customer is responsible for the accuracy of the data its users enter, for keeping user passwords secret and for removing users who leave its employment. The Customer will tell the Provider promptly if it suspects that a user account has been misused.

16.3 If the Customer does not provide information or decisions on time, the onboarding plan will be adjusted by the time lost, and the parties will agree a new target Go-Live Date in writing.

## Section 17 General

17.1 This Order Form and these General Terms are the whole agreement. Changes must be in writing and signed by both parties.

17.2 Notices must be in writing and sent to the addresses in the Order Form.
"""

H508E03 = """T:PURCHASE CONTRACT FOR GREENHOUSE SENSOR NETWORK
P:Contract No. SG-GH-2026-022 (Buyer's standard purchase contract)
P:Buyer: Shouguang Lvyuan Vegetable Cooperative Co., Ltd., Shouguang, Shandong Province, People's Republic of China.
P:Supplier: Kgalagadi AgriSense (Pty) Ltd, Plot 142, Gaborone International Commerce Park, Gaborone, Botswana.
P:The Buyer runs 64 solar greenhouses on its Shouguang site and wishes to measure soil and air conditions in each house and control irrigation from one platform. The Supplier has offered its sensor network and monitoring software. The parties agree as follows.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways, weather station, controllers and spare parts in the price table in clause 2.
P:1.2 "Software" means the Supplier's AgriSense monitoring software licensed under clause 2.
P:1.3 "Final Acceptance" means the Buyer's signature of the acceptance certificate under clause 6.
P:1.4 "Site Data" means all readings, images, settings and records produced by the Equipment and the Software at the Buyer's site.
H:2. Scope and price
P:2.1 The Supplier shall supply, install and commission the Equipment, license the Software perpetually for the site, integrate the irrigation controllers with the Buyer's existing drip-irrigation valves, and train the Buyer's technicians.
P:2.2 The Contract Price is fixed and stated in Chinese Yuan (CNY), inclusive of taxes, freight to site, import clearance and insurance:
TB:Item|Description|Qty|Amount (CNY)
TB:1|Soil moisture, temperature and EC sensors|384|345,600
TB:2|Air temperature, humidity, CO2 and light sensors|192|249,600
TB:3|LoRa gateways with 4G backhaul|8|76,800
TB:4|Site weather station|1|58,000
TB:5|Irrigation valve controllers|64|172,800
TB:6|AgriSense monitoring software licence (perpetual, site)|1|143,200
TB:|Equipment and software subtotal||1,046,000
TB:7|Installation and commissioning|1|118,000
TB:8|Training|1|16,000
TB:|Contract Price||1,180,000
H:3. Payment
P:3.1 No advance payment is made under this Contract.
P:3.2 65% of the Contract Price within 20 days after all Equipment is installed and the Buyer has signed the installation record. The installation record is not acceptance.
P:3.3 35% of the Contract Price within 20 days after Final Acceptance.
P:3.4 Each payment requires a valid VAT invoice.
H:4. Delivery
P:4.1 The Supplier shall deliver the Equipment to the site within 75 days after signature and complete installation within 30 days after delivery.
P:4.2 If the Supplier is late in delivery or installation, it shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 8% of the Contract Price. The Buyer may deduct them from any payment.
H:5. Quality
P:5.1 The Equipment shall be new, of the models stated in the Supplier's offer, and suitable for the humidity and temperature inside solar greenhouses. The sensors shall be rated IP67 or better.
P:5.2 The Supplier shall provide certificates of origin, calibration certificates for every sensor and the user manuals in Chinese.
H:6. Acceptance
P:6.1 After installation the system runs for a 30-day trial. Final Acceptance requires: every sensor reports to the Software at least every ten minutes with no more than two missed readings per sensor per day; sensor readings at ten sample points deviate from the Buyer's reference instruments by no more than the tolerance stated in Annex 2; every irrigation valve opens and closes correctly on command from the Software and on schedule; alarms for high temperature and low soil moisture reach the technicians' phones within one minute; and no critical fault occurs during the last 15 days of the trial.
P:6.2 If these criteria are met the Buyer signs the acceptance certificate within seven working days. Installation, trial operation or use of the system do not amount to acceptance.
H:7. Warranty and support
P:7.1 The warranty period is 36 months from Final Acceptance. During it the Supplier shall repair or replace any defective Equipment and correct any Software defect free of charge, including parts, labour and travel, and shall provide Software updates.
P:7.2 After the warranty period the Buyer may order annual support at 7% of the equipment and software subtotal per year (CNY 73,220), fixed for the two following years. Support is ordered by a separate order each year and does not renew automatically.
P:7.3 The Supplier shall keep spare sensors and gateways in stock in Shandong throughout the warranty period.
H:8. Service levels
TB:Fault level|Example|Response|On-site
TB:Critical|Platform down, gateway failure, irrigation control lost|2 hours|within 2 days
TB:Major|Ten or more sensors offline|8 hours|within 3 days
TB:Minor|Single sensor fault|next working day|within 5 days
P:8.1 If the Supplier misses a response or on-site time for a critical fault, it shall pay the Buyer CNY 600 for each hour of delay, which the Buyer may deduct from any amount due.
H:9. Intellectual property
P:9.1 The Software remains the Supplier's property.
P:9.2 Dashboards, irrigation programs, integration scripts and reports made for the Buyer under this Contract belong to the Buyer, which may use, modify and license them freely.
H:10. Site Data and security
P:10.1 Site Data belongs to the Buyer. The Supplier shall use Site Data only to perform this Contract and shall not use it for any other purpose.
P:10.2 Site Data shall be stored on the Buyer's server in Shouguang. The Supplier shall access it remotely only with the Buyer's approval for each session, through named accounts, and shall not copy it out of the Buyer's network.
P:10.3 The Supplier shall report any security incident affecting Site Data or the control system within 12 hours, take remedial action and compensate the Buyer for losses caused by its breach of this clause.
H:11. Confidentiality
P:Each party shall keep the other party's non-public information secret and use it only for this Contract, during the Contract and for three years after it ends.
H:12. Liability
P:The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of clauses 10 and 11, which are not limited.
H:13. Subcontracting
P:The Supplier shall not subcontract any part of the work without the Buyer's prior written consent and remains responsible for any approved subcontractor.
H:14. Termination
P:The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 15 days after notice, or if the delay damages under clause 4.2 reach their maximum.
H:15. Supplier's staff and site rules
P:15.1 The Supplier shall appoint a project manager who is present on site during installation and commissioning and who can communicate in Chinese with the Buyer's technicians, directly or through an interpreter provided by the Supplier.
P:15.2 The Supplier's staff shall follow the Buyer's site rules, including the biosecurity rules for entering greenhouses, the rules on the use of ladders and power tools, and the instructions of the greenhouse supervisors. The Supplier shall not disturb growing crops more than is necessary for installation and shall repair any damage it causes to greenhouse films, frames or drip lines.
P:15.3 The Supplier shall insure its staff and equipment on site and shall be responsible for any injury to its staff, except where caused by the Buyer's fault.
H:16. Documents and training
P:16.1 The Supplier shall deliver an as-built drawing showing the position and identifier of every sensor, gateway and controller, the network plan, the configuration backup of the Software and the calibration records, in Chinese.
P:16.2 The Supplier shall train up to 12 of the Buyer's technicians in two sessions on site, covering daily use of the Software, setting irrigation schedules and alarm limits, replacing sensors and batteries, and checking sensors against the reference instruments. The Supplier shall provide the training materials and a short video guide.
H:17. Customs, export and import
P:The Supplier is responsible for export formalities in Botswana and for delivery to the site with all import duties and taxes paid. The Supplier shall ensure that the radio equipment holds the type approval required for use in the People's Republic of China before delivery, and shall bear the cost and delay of obtaining it.
H:18. Force majeure
P:Neither party is liable for delay caused by events beyond its reasonable control, such as natural disasters, epidemics, port closures or acts of government, if it informs the other party within five days with evidence and takes reasonable steps to limit the effect. The delivery dates are extended by the period of the event. If the event lasts longer than 90 days, either party may terminate this Contract by written notice and the Supplier shall refund any amount paid for Equipment not delivered.
H:19. Notices
P:Notices shall be in writing in Chinese or English and sent by courier or e-mail to the addresses of the parties stated above.
H:20. Governing law and disputes
P:This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Weifang Arbitration Commission for arbitration in Weifang.
P:Annex 1: Site layout and sensor positions. Annex 2: Acceptance test plan and tolerances.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

H508E04 = """# MANAGED IT SERVICE AGREEMENT

**Agreement No. MS-CD-2026-005**

Between **Chengdu Shuxiang Hotpot Catering Management Co., Ltd.**, Chengdu, Sichuan Province, People's Republic of China (the "Customer"), and **Copperbelt Digital Services Limited**, Plot 5120, Independence Avenue, Kitwe, Zambia (the "Provider").

The Customer runs 60 hotpot restaurants, a central kitchen and a head office. It wishes to outsource its IT service desk, the management of its restaurant endpoints and its point-of-sale support. The Provider runs a multilingual service desk and has a support team in Chengdu. The parties agree as follows.

## 1. Definitions

1.1 "Services" means the services described in Schedule 1.

1.2 "Service Commencement" means the date on which the Customer signs the service commencement certificate under clause 4.

1.3 "Term" means 36 months from Service Commencement.

1.4 "Monthly Charge" means the charge in Schedule 2.

## 2. Services

2.1 The Provider shall provide the Services from Service Commencement for the Term, to the service levels in Schedule 3.

2.2 The Provider shall supply all staff, tools and remote management software needed for the Services. The Customer provides network access, site access during opening hours and a contact person at each restaurant.

## 3. Charges and payment

3.1 The charges are set out in Schedule 2 and are stated in Chinese Yuan (CNY). The Monthly Charge is fixed for the Term.

3.2 The Transition Fee is invoiced after Service Commencement. The Monthly Charge is invoiced monthly in arrears. Invoices are payable within 30 days. No amount is payable before Service Commencement.

## 4. Transition and Service Commencement

4.1 The Provider shall complete transition within 45 days after signature. Transition includes: taking over the asset list of all point-of-sale terminals, kitchen display screens, laptops and network devices; installing the remote management agent on every endpoint; setting up the service desk hotline and portal; and writing runbooks for the 20 most common incidents.

4.2 Service Commencement requires that every endpoint in the asset list reports to the management console; that test calls and tickets in Chinese are handled correctly for ten working days; that the runbooks are approved by the Customer; and that a test restore of the point-of-sale back-office configuration succeeds. The Customer signs the certificate when these criteria are met.

4.3 If Service Commencement is late for reasons attributable to the Provider, the Provider shall pay the Customer CNY 1,200 for each day of delay.

## 5. Service levels and credits

5.1 The service levels are set out in Schedule 3. The Provider reports on them monthly.

5.2 If a service level is missed in a month, the Provider shall give the Customer the service credit stated in Schedule 3, deducted from the next invoice.

## 6. Customer data

6.1 All data of the Customer that the Provider handles in providing the Services, including sales data, employee data and configurations, remains the property of the Customer. The Provider shall use it only to provide the Services and shall return it at the end of the Term.

## 7. Confidentiality

7.1 Each party shall keep confidential all non-public information of the other party received under this agreement, use it only for this agreement and disclose it only to staff and advisers who need to know it.

7.2 This clause survives the end of the agreement for three years.

## 8. Intellectual property

8.1 The Provider's tools and remote management software remain its property.

8.2 Runbooks, scripts, asset records and reports prepared for the Customer under this agreement belong to the Customer, which may use and modify them and give them to any later service provider.

## 9. Liability

9.1 The Provider's total liability arising out of or in connection with this agreement in any contract year is limited to the charges paid by the Customer in the 6 months before the event giving rise to the claim.

9.2 Neither party is liable for indirect or consequential loss or loss of profit.

## 10. Subcontracting

10.1 The Provider shall not subcontract any part of the Services without the Customer's prior written consent. The Provider remains responsible for its subcontractors.

## 11. Term, renewal and termination

11.1 This agreement runs for the Term. It does not renew automatically; any extension must be agreed in writing.

11.2 The Customer may terminate this agreement by written notice if the Provider commits a material breach and does not remedy it within 30 days after notice, or if the Provider misses the P1 response level in three consecutive months.

11.3 At the end of the agreement the Provider shall assist the Customer in the transfer of the Services to the Customer or a new provider for up to 60 days at the rates in Schedule 2.

## 12. Governance and staff

12.1 Each party shall appoint a service manager. The service managers shall meet monthly to review the service report, open problems, planned changes and the schedule of new restaurant openings, and quarterly with the Customer's operations director to review the Services as a whole.

12.2 The Provider shall staff the service desk with agents who speak Mandarin and shall keep at least four field engineers in Chengdu who can reach any restaurant in the city within the restore times in Schedule 3. Field engineers shall wear the Provider's uniform and identity badge and shall follow the Customer's kitchen hygiene and fire safety rules when on site.

12.3 The Provider shall replace any staff member whom the Customer reasonably asks to be removed from its premises.

## 13. Changes

13.1 Either party may propose a change to the Services. The Provider shall give a written proposal with the effect on charges and service levels within ten working days. No change takes effect until both service managers sign a change note.

13.2 Moves and changes within the monthly allowance in Schedule 1 are not changes under this clause.

## 14. Customer responsibilities

The Customer shall keep its asset list up to date, give the Provider notice of new restaurants at least 30 days before opening, make restaurant managers available to the service desk, and ensure that its staff report incidents through the hotline or the portal. The Provider is not responsible for a missed service level to the extent caused by the Customer's failure to meet these responsibilities or by faults in the carriers' networks.

## 15. Force majeure

Neither party is liable for delay or failure caused by events beyond its reasonable control, such as natural disasters, epidemics or acts of government, if it notifies the other party promptly and takes reasonable steps to continue the Services. The Monthly Charge is reduced in proportion to any Services not provided during such an event.

## 16. Governing law and disputes

16.1 This agreement is governed by the laws of the People's Republic of China.

16.2 Disputes shall be submitted to the Chengdu Arbitration Commission for arbitration in Chengdu.

## 17. General

17.1 This agreement, with its schedules, is the entire agreement between the parties. Amendments must be in writing and signed by both parties.

17.2 Notices shall be in writing and sent to the addresses above.

Signed for the Customer: ____________  Signed for the Provider: ____________

## Schedule 1 — Services

| Service | Description |
|---|---|
| Service desk | Hotline, portal and chat in Chinese, 09:00 to 02:00 every day, matching restaurant opening hours |
| Endpoint management | Patching, antivirus, software distribution and asset tracking for all endpoints |
| Point-of-sale support | Remote and on-site support for terminals, printers and kitchen displays in the 60 restaurants |
| Network support | Monitoring of restaurant routers and Wi-Fi, liaison with the carriers |
| Moves and changes | Set-up of new restaurants and relocation of equipment, up to 10 requests a month |
| Reporting | Monthly service report and quarterly service review |

## Schedule 2 — Charges

| Item | Basis | Amount (CNY) |
|---|---|---|
| Transition Fee | one-time | 84,000 |
| Monthly Charge | 60 restaurants, central kitchen, head office | 46,500 per month |
| Monthly Charges for the Term | 36 × 46,500 | 1,674,000 |
| Total Contract Value | | 1,758,000 |
| Additional restaurant | per restaurant per month, pro rata | 690 |
| Exit assistance | per engineer day | 1,600 |

## Schedule 3 — Service levels

| Priority | Definition | Response | Restore | Credit if missed |
|---|---|---|---|---|
| P1 | A restaurant cannot take orders or payments | 30 minutes | 3 hours on site or remote | 5% of the Monthly Charge per incident |
| P2 | A kitchen display, printer or a single terminal down | 1 hour | 8 hours | 2% of the Monthly Charge per incident |
| P3 | Other incidents and requests | 8 hours | 3 working days | 1% of the Monthly Charge if below 90% in the month |

Service credits in a month are capped at 20% of the Monthly Charge.
"""

H508E05 = """DATA API SUBSCRIPTION AGREEMENT

Agreement No. MF-API-2026-118

PARTIES

Provider: Maloti Fibre Data (Pty) Ltd, 23 Kingsway, Maseru 100, Kingdom of Lesotho.

Customer: Jiangyin Huaxin Wool Textile Co., Ltd., Jiangyin, Jiangsu Province, People's Republic of China.

BACKGROUND

The Customer buys greasy wool and mohair for its combing and spinning mills. The Provider collects auction results, clip test data and shipping schedules from wool and mohair sales in southern Africa and publishes them through a data API. The Customer wishes to receive these data in its purchasing system.

1. DEFINITIONS

1.1 "API" means the Provider's Fibre Market Data API, version 3, and its documentation.

1.2 "Market Data" means the auction prices, lot test results (micron, yield, length, strength), sale calendars and shipping data made available through the API.

1.3 "Customer Data" means the Customer's watch lists, purchase records, user accounts and API query logs.

1.4 "Subscription Year" means each of the periods set out in clause 2.2 and each renewal period under clause 8.

2. SUBSCRIPTION

2.1 The Provider grants the Customer a non-exclusive, non-transferable right to call the API and to use Market Data for its own purchasing, pricing and quality planning, and to share reports based on Market Data with its affiliates in mainland China.

2.2 The initial subscription runs from 1 July 2026 to 30 June 2028 and consists of two Subscription Years, the first from 1 July 2026 to 30 June 2027 and the second from 1 July 2027 to 30 June 2028.

2.3 The subscription includes up to 200,000 API calls per Subscription Year. Calls above that volume are charged at CNY 0.08 per call.

3. FEES

3.1 At the Customer's request all fees are in Chinese Yuan (CNY):

Subscription fee, first Subscription Year ........ CNY 156,000
Subscription fee, second Subscription Year ....... CNY 156,000
Integration package (one-time) ..................... CNY 28,000
Total Contract Value ............................... CNY 340,000

3.2 The subscription fee is invoiced quarterly in advance on the first day of each quarter of the subscription, each invoice covering one quarter (CNY 39,000). The integration package is invoiced after the Integration Acceptance. Invoices are payable within 30 days.

3.3 Call charges above the included volume are invoiced quarterly in arrears and are not part of the Total Contract Value.

4. INTEGRATION AND ACCEPTANCE

4.1 Under the integration package the Provider shall write and deliver a connector between the API and the Customer's purchasing system, map lot test fields to the Customer's quality codes, and train two of the Customer's staff.

4.2 Integration Acceptance requires that: all Market Data fields listed in Annex A are received in the purchasing system; prices and test results of 50 sample lots match the official sale catalogues; the connector runs for ten consecutive working days without failed loads; and the Customer's quality codes are mapped correctly. The Customer signs the Integration Acceptance certificate when these criteria are met.

4.3 If API access is not available to the Customer on 1 July 2026, or the Integration Acceptance is delayed for reasons attributable to the Provider, the Provider shall pay the Customer CNY 300 for each day of delay.

5. SERVICE LEVELS

5.1 The API shall be available at least 99.95% of each calendar month, excluding planned maintenance announced 72 hours in advance and carried out between 22:00 and 02:00 China Standard Time.

5.2 Market Data from each auction shall be published through the API within six hours after the close of the sale.

5.3 Priority 1 incidents (API unavailable or returning wrong prices): response within 1 hour, at any time. Priority 2 incidents: response within 8 hours on business days.

5.4 If availability in a month falls below the level in clause 5.1, or a Priority 1 response is late, the Provider shall credit the Customer 10% of that quarter's subscription fee, up to 25% per quarter.

6. CUSTOMER DATA AND SECURITY

6.1 Customer Data belongs to the Customer. The Provider shall process Customer Data only to provide the API to the Customer and shall not use it for any other purpose, including analysis of the Customer's buying interest.

6.2 The Provider shall protect Customer Data with encryption in transit and at rest, access limited to named support staff, multi-factor authentication and audit logs, and shall comply with the Personal Information Protection Law of the People's Republic of China for any personal information of the Customer's users.

6.3 The Provider shall notify the Customer within 24 hours of any unauthorised access to Customer Data or the Customer's API keys, revoke affected keys, take remedial action and compensate the Customer for losses caused by its breach of this clause.

6.4 At the end of the subscription the Provider shall delete Customer Data and confirm deletion in writing.

7. INTELLECTUAL PROPERTY

7.1 Market Data and the API remain the property of the Provider and its sources.

7.2 The connector and field mappings written for the Customer under the integration package belong to the Customer, which may use, modify and license them freely. The Provider shall deliver their source code.

8. RENEWAL

8.1 At the end of the initial subscription, this Agreement renews automatically for further Subscription Years, one at a time, unless either party gives written notice of non-renewal at least 60 days before the end of the current Subscription Year.

8.2 The Provider may increase the subscription fee for any renewal Subscription Year by giving the Customer written notice at least 90 days before that Subscription Year begins. The increase takes effect whether or not the Customer agrees, unless the Customer gives notice of non-renewal.

9. LIABILITY

9.1 The Provider's total liability under this Agreement is limited to 150% of the Total Contract Value.

9.2 The limit does not apply to breach of clause 6, to wilful misconduct or to infringement of third-party rights.

10. SUBCONTRACTING

10.1 The Provider shall not subcontract the operation of the API or any processing of Customer Data without the Customer's prior written consent. The Provider remains responsible for any approved subcontractor.

11. TERMINATION

11.1 The Customer may terminate this Agreement by written notice if the Provider commits a material breach and does not remedy it within 30 days after notice.

11.2 On such termination the Provider shall refund fees paid for any period after termination.

12. USE OF MARKET DATA

12.1 The Customer may store Market Data in its purchasing system and keep it after the end of the subscription for its own records and analysis, but may not resell Market Data or publish it outside its group.

12.2 The Customer may quote individual prices or test results from Market Data in its contracts with wool merchants and in reports to its management and its banks.

12.3 Market Data comes from auction houses, testing laboratories and shipping lines. The Provider shall check each data set against the official catalogues and test certificates before publication and shall correct any error within one business day after it is found, and inform the Customer of every correction made to data already delivered.

13. SUPPORT AND ACCOUNT MANAGEMENT

13.1 The Provider shall name an account manager for the Customer who can be reached during the business hours of both Maseru and Jiangyin, and shall provide a support portal and a support e-mail address.

13.2 The Provider shall give the Customer at least 60 days' notice of any new API version that is not backwards compatible and shall keep the previous version running for at least 90 days after the new version is released.

13.3 The Provider shall send the Customer a monthly report on availability, publication times, incidents and API call volumes.

14. CUSTOMER RESPONSIBILITIES

The Customer shall keep its API keys secure within its own systems, use the API within the call volumes and rate limits stated in the documentation, and tell the Provider promptly of any suspected misuse of its keys.

15. FORCE MAJEURE

Neither party is liable for delay or failure caused by events beyond its reasonable control, such as natural disasters, epidemics, failure of public networks or acts of government, if it informs the other party promptly and takes reasonable steps to limit the effect. Service credits do not apply during such events, but the Customer may terminate if the API is unavailable for more than 30 consecutive days and receive a refund of prepaid fees for the remaining period.

16. GOVERNING LAW AND DISPUTES

16.1 This Agreement is governed by the laws of the People's Republic of China.

16.2 Disputes shall be submitted to the Wuxi Arbitration Commission for arbitration in Wuxi.

17. GENERAL

17.1 This Agreement and its Annex A are the entire agreement of the parties and may be changed only in writing signed by both parties.

17.2 Notices shall be sent by e-mail and by courier to the addresses above.

Signed for the Customer: ______________    Signed for the Provider: ______________

Annex A: Market Data fields and API endpoints.
"""

KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]

# key: (file, kind, lang, category, terms list in KEYS order, extra, design: fee base, forum outside, rules)
D = {
 "h508z01": ("h508z01_water_bureau_river_chief_platform.pdf", "pdf", "zh", "software",
   [99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 8, False, True, False, "PRC", "goods_or_licence"],
   dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False, contract_value=1590000),
   860000, False, []),
 "h508z02": ("h508z02_glass_lehr_temperature_control_retrofit.docx", "docx", "zh", "hardware",
   [None, 1, True, "buyer", True, True, True, 0.1, None, 20, True, True, 18, 352800 / 1260000 * 100, False, False, False, "PRC", "goods_or_licence"],
   dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False, contract_value=1450000),
   1260000, False, ["CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE", "CR-TERMINATION"]),
 "h508z03": ("h508z03_laundry_chain_order_logistics_saas.txt", "txt", "zh", "cloud",
   [99.5, 0.5, True, "buyer", True, True, True, 800 / 960000 * 100, 200, None, True, None, None, None, True, True, True, "PRC", "service"],
   dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=960000),
   None, False, ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY", "CR-SUBCONTRACT"]),
 "h508z04": ("h508z04_library_self_service_kiosk_maintenance.txt", "txt", "zh", "services",
   [None, 8, True, "buyer", True, True, True, 300 / 368000 * 100, 50, None, True, None, None, None, False, True, False, "PRC", "service"],
   dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=368000),
   None, False, ["CR-LIABILITY-CAP", "CR-SLA-RESPONSE"]),
 "h508z05": ("h508z05_feed_mill_formulation_software_supplier_template.md", "md", "zh", "software",
   [None, 8, False, "supplier", True, False, True, 0.03, 20, 50, False, False, 6, None, False, True, None, "PRC", "goods_or_licence"],
   dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=False, acceptance_deemed_on_delivery=True, contract_value=760000),
   420000, False, ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
                   "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"]),
 "h508e01": ("h508e01_cold_chain_wms_licence_za_vendor.pdf", "pdf", "en", "software",
   [None, 1, True, "buyer", True, True, True, 0.1, 150, 10, True, True, 24, 9, False, True, False, "South Africa", "goods_or_licence"],
   dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False, contract_value=1880000),
   1180000, True, ["CR-GOVERNING-LAW"]),
 "h508e02": ("h508e02_seafood_traceability_saas_order_form_na_vendor.md", "md", "en", "cloud",
   [None, None, False, "buyer", True, True, True, None, 150, None, True, None, None, None, False, True, False, "PRC", "service"],
   dict(sla_clause=False, ld_stated=False, acceptance_deemed_on_delivery=False, contract_value=640000),
   None, False, ["CR-LD-MISSING", "CR-SLA-MISSING", "CR-SLA-RESPONSE"]),
 "h508e03": ("h508e03_greenhouse_sensor_network_bw_vendor.docx", "docx", "en", "hardware",
   [None, 2, True, "buyer", True, True, True, 0.08, 200, None, True, True, 36, 7, False, True, False, "PRC", "goods_or_licence"],
   dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False, contract_value=1180000),
   1046000, False, []),
 "h508e04": ("h508e04_restaurant_chain_managed_it_service_zm_vendor.md", "md", "en", "services",
   [None, 0.5, True, "buyer", False, True, True, 1200 / 1758000 * 100, 6 / 36 * 100, None, True, None, None, None, False, True, False, "PRC", "service"],
   dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=1758000),
   None, False, ["CR-DATA-SECURITY", "CR-LIABILITY-CAP"]),
 "h508e05": ("h508e05_wool_market_data_api_ls_vendor.txt", "txt", "en", "cloud",
   [99.95, 1, True, "buyer", True, True, False, 300 / 340000 * 100, 150, None, True, None, None, None, True, True, False, "PRC", "service"],
   dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=340000),
   None, False, ["CR-AUTO-RENEWAL", "CR-CONFIDENTIALITY"]),
}
SRC = {"h508z01": H508Z01, "h508z02": H508Z02, "h508z03": H508Z03, "h508z04": H508Z04, "h508z05": H508Z05,
       "h508e01": H508E01, "h508e02": H508E02, "h508e03": H508E03, "h508e04": H508E04, "h508e05": H508E05}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE", "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def tco_share(t, x, base):
    """policy §4: horizon 5 years from acceptance; post-warranty years pro rata; fee base = itemised licence/hardware."""
    if t["post_warranty_fee_pct"] is None or not x.get("post_warranty_fee_capped") or t["warranty_months"] is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * base
    return fees / (x["contract_value"] + fees) * 100


def derive(t, x, base, forum_outside):
    """My own reading of policy.md §3 applied to a label."""
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
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == "goods_or_licence":
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        s = tco_share(t, x, base)
        if s is not None and s > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if t["termination_for_breach"] is False:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or forum_outside:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if set(rules) & HIGH:
        return "high"
    if set(rules) - LOW:
        return "medium"
    return "low"


# ---------- threshold scan ----------
ND = r"(?<![\d.])"
PATTERNS = [
    ("availability 99.9", ND + r"99\.9(?!\d)"),
    ("P1 4 h", ND + r"4\s*(?:个)?\s*(?:小时|钟头|hours?|hrs?\b|h\b)|四\s*(?:个)?\s*小时|four\s*(?:\(4\)\s*)?hours?|"
     + ND + r"240\s*(?:分钟|minutes?|min\b)"),
    ("LD 0.05 %", ND + r"0\.05(?!\d)|万分之五(?![十百千\d])|five\s+(?:ten-)?thousandths"),
    ("cap 100 %", ND + r"100\s*%|百分之百|百分之一百(?![零一二三四五六七八九十])|one\s+hundred\s+per\s*cent|" + ND + r"100\s*per\s*cent"),
    ("prepay 30 %", ND + r"30\s*%|百分之三十(?![一二三四五六七八九])|三成|thirty\s+per\s*cent|" + ND + r"30\s*per\s*cent"),
    ("warranty 12 months", ND + r"12\s*(?:个月|months?|-month)|十二个月|十二\s*个\s*月|twelve\s*(?:\(12\)\s*)?(?:calendar\s+)?months?|一年|one\s*year|"
     + ND + r"1\s*year"),
    ("fee 15 %", ND + r"15\s*%|百分之十五(?![一二三四五六七八九])|fifteen\s+per\s*cent|" + ND + r"15\s*per\s*cent"),
    ("share 40 %", ND + r"40\s*%|百分之四十(?![一二三四五六七八九])|四成|forty\s+per\s*cent|" + ND + r"40\s*per\s*cent"),
    ("5 years", ND + r"5\s*(?:年|years?|-year)|五年|五\s*个\s*年度|five\s*(?:\(5\)\s*)?years?|five-year|" + ND
     + r"60\s*(?:个月|months?|-month)|六十个月|sixty\s+months?"),
]
RX = [(n, re.compile(p, re.I)) for n, p in PATTERNS]


def hits(text):
    out = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for n, rx in RX:
            for m in rx.finditer(variant):
                out.append((n, m.group(0), variant[max(0, m.start() - 15):m.end() + 15]))
    return out


MUST_HIT = ["99.9%", "99.9 %", "4小时", "4 小时", "四小时", "four hours", "4 hours", "240分钟", "0.05%", "万分之五",
            "100%", "百分之百", "30%", "百分之三十", "三成", "12个月", "十二个月", "twelve months", "一年", "one year",
            "15%", "40%", "四成", "5年", "五年", "five years", "60 months", "within 4h"]
MUST_MISS = ["24小时", "14 hours", "99.95%", "115%", "0.15%", "150%", "2025年", "万分之五十", "服务年度", "24 hours",
             "130%", "0.055", "2026年", "35%", "45%", "120 days", "36 months", "8小时", "Subscription Year", "25%"]


def selftest():
    for s in MUST_HIT:
        assert hits(s), ("must hit", s)
    for s in MUST_MISS:
        assert not hits(s), ("must miss", s, hits(s))


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" | ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def label(key):
    f, kind, lang, cat, terms, extra, base, forum, design = D[key]
    t = dict(zip(KEYS, terms))
    rules = derive(t, extra, base, forum)
    assert rules == sorted(design), (key, rules, design)
    return {"file": f, "language": lang, "category": cat, "expected_terms": t, "expected_extra": extra,
            "expected_rules": rules}


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    selftest()
    covered = set()
    bad = []
    for key, (f, kind, lang, *_rest) in D.items():
        src = SRC[key]
        if kind in ("txt", "md"):
            (OUT / f).write_text(src, encoding="utf-8")
        else:
            write({key: src}, {key: (f, kind)}, OUT, wrap_words=True)
        lab = label(key)
        covered |= set(lab["expected_rules"])
        (OUT / (Path(f).stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        # labels off every threshold
        t, x = lab["expected_terms"], lab["expected_extra"]
        assert t["availability_pct"] != 99.9 and t["p1_response_hours"] != 4 and t["ld_rate_per_day_pct"] != 0.05
        assert t["liability_cap_pct"] != 100 and t["prepayment_pct"] != 30 and t["warranty_months"] != 12
        assert t["post_warranty_fee_pct"] != 15
        share = tco_share(t, x, D[key][6]) if t["contract_kind"] == "goods_or_licence" else None
        assert share is None or abs(share - 40) > 2, (key, share)
        text = read_back(OUT / f)
        n = len(text.split()) if lang == "en" else len(text)
        nows = len(re.sub(r"\s+", "", text))
        ok = (1450 <= n <= 1650) if lang == "en" else (2750 <= n <= 3000)
        print(f"{key} {lang} {kind:4} len={n} nonws={nows} {'OK' if ok else 'OUT OF RANGE'} share={share} "
              f"risk={risk(lab['expected_rules'])} {lab['expected_rules']}")
        if not ok:
            bad.append(key)
        h = hits(src) + hits(text)
        for hh in h:
            print("   THRESHOLD HIT", key, hh)
        assert not h, key
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    assert not bad, bad
    print("all rules covered:", len(covered))


if __name__ == "__main__":
    main()
