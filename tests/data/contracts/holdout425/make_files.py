"""holdout425 — ten blind, ordinary draft contracts (5 Chinese, 5 English) with their labels.

Run from this folder with /work/main/.venv/bin/python -B make_files.py. It writes the ten contracts (.txt/.md directly,
.docx/.pdf through ../word_pdf.py with wrap_words=True) and the ten .json labels, then reads every built file back,
checks the text lengths, scans built files and sources for threshold figures (self-tested regexes), derives each
draft's expected rules from its labels by my own reading of policy.md section 3, compares them with the design list
and asserts that all 20 CR rules fire somewhere in the set. No project code is imported.
"""
import json
import re
import sys
from pathlib import Path

sys.dont_write_bytecode = True
OUT = Path(__file__).resolve().parent
Z01 = """T:公共法律服务平台软件许可及定制开发合同
P:合同编号：QZSFJ-ZFCG-2026-017
P:采购方式：公开招标（政府采购）
P:甲方（采购人）：衢江市司法局
P:乙方（供应商）：杭州律通信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及招标文件、乙方投标文件，甲乙双方就衢江市公共法律服务平台（以下简称“平台”）软件许可及定制开发项目，经协商一致，订立本合同。招标文件、投标文件及中标通知书为本合同的组成部分。
H:第一条 项目内容
P:1.1 乙方向甲方提供公共法律服务平台软件的永久使用许可，并按甲方需求完成法律咨询热线工单、法律援助在线申请、人民调解案件管理、公证预约及法治宣传五个模块的定制开发，完成与省级公共法律服务平台、市政务服务网及统一身份认证系统的接口对接。
P:1.2 部署环境为甲方政务云，乙方负责安装部署、历史数据迁移、联调测试和培训。
P:1.3 平台应支持电脑端、移动端及自助服务终端访问，满足适老化和无障碍要求，并与12348法律服务热线系统互联。
H:第二条 合同价款
P:2.1 合同总价为人民币贰佰贰拾万元整（¥2,200,000.00），为含税固定总价，明细如下：
TB:序号|项目|金额（元）
TB:1|平台软件永久许可（含移动端、管理端）|960,000
TB:2|定制开发（五个模块及三个接口）|1,020,000
TB:3|部署实施及历史数据迁移|186,000
TB:4|培训（管理员及窗口人员）|34,000
TB:合计||2,200,000
P:2.2 上述第1项为软件许可小计，第2至4项为服务费用。除本合同另有约定外，甲方无需另行支付任何费用。
H:第三条 付款方式
P:3.1 合同签订后15个工作日内，乙方提交等额有效发票后，甲方支付合同总价的20%作为预付款，即¥440,000。
P:3.2 平台通过初验后15个工作日内，甲方支付合同总价的45%，即¥990,000。
P:3.3 平台通过终验后15个工作日内，甲方支付合同总价的35%，即¥770,000。
H:第四条 交付与进度
P:4.1 乙方应于合同签订后90日内完成部署和定制开发并提交初验申请；初验通过后进入为期三个月的试运行，试运行结束后申请终验。
P:4.2 乙方应按周提交进度报告，并指定项目经理一名，项目经理更换须经甲方同意。
P:4.3 甲方应在合同签订后10日内提供政务云资源、接口规范和历史数据，并指定业务联系人参与需求确认；因甲方原因造成的延误，工期相应顺延。
P:4.4 需求规格说明书经甲方书面确认后作为开发和验收依据；需求变更须经双方书面确认。
H:第五条 验收
P:5.1 初验标准：五个模块全部功能按需求规格说明书逐项测试通过；三个接口数据交换连续7日无差错；在500个并发用户下页面平均响应时间不超过2秒；第三方安全测评无高危漏洞。
P:5.2 终验标准：试运行期间无一级故障；历史数据迁移经甲方抽检一致；培训完成并提交全部源代码、部署手册及用户手册。
P:5.3 验收由甲方组织，出具书面验收报告。平台上线、试运行或甲方付款均不视为验收合格。
H:第六条 服务水平
P:6.1 质保期内，平台月可用率不低于99.95%（计划停机除外，计划停机须提前3日经甲方同意）。
P:6.2 一级故障（平台整体不可用或核心模块无法办理业务）乙方应在30分钟内响应，2小时内到场，6小时内恢复；二级故障2小时内响应，次日内解决。
P:6.3 乙方未达到上述响应时限的，每超时1小时扣减服务费¥1,000；月可用率每低于承诺值0.01个百分点，扣减¥2,000，从质保金或后续应付款中扣除。
H:第七条 质保与维护
P:7.1 质保期为三十六个月，自终验合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级和远程技术支持。
P:7.2 质保期内乙方每季度进行一次系统巡检并提交巡检报告，在重大活动和法治宣传集中期间提供现场保障。
P:7.3 质保期满后，如甲方需要，乙方提供年度维护服务，年度维护费不超过软件许可小计的10%（即不超过¥96,000/年），质保期满后三个服务年度内不得上调。维护服务合同另行签订，不自动续期。
H:第八条 数据安全
P:8.1 平台中的全部业务数据（包括当事人信息、咨询记录、调解案卷）归甲方所有，乙方仅为履行本合同处理该等数据，不得用于任何其他目的。
P:8.2 乙方应遵守《数据安全法》《个人信息保护法》及等级保护三级要求，仅通过甲方堡垒机远程运维，不得将数据复制至甲方环境之外。
P:8.3 发生数据安全事件的，乙方应在1小时内报告甲方并配合处置；因乙方原因造成数据安全事件的，乙方承担全部赔偿责任。
H:第九条 保密
P:乙方对履约中知悉的甲方工作秘密及当事人信息负有保密义务，未经甲方书面同意不得向任何第三方披露或用于本合同以外的目的，合同终止后仍然有效。乙方应要求其参与本项目的人员签署保密承诺书，并对其人员的违约行为承担责任。
H:第十条 知识产权
P:10.1 定制开发成果（包括源代码、接口程序、文档）的知识产权归甲方所有，甲方可自行修改、使用或许可他人使用。
P:10.2 平台软件的知识产权仍归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期通过验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:11.2 乙方交付成果不符合约定的，应在甲方指定期限内整改；整改后仍不合格的，甲方有权解除合同。
H:第十二条 分包
P:乙方不得将本项目分包或转包。
H:第十三条 合同解除
P:乙方严重违约、逾期超过30日或整改后仍不合格的，甲方有权书面通知解除合同，并要求乙方赔偿损失。
H:第十四条 履约保证金与人员
P:14.1 乙方应在合同签订后10日内提交合同总价5%的履约保证金（银行保函形式），终验合格后无息退还。
P:14.2 乙方应配备不少于6人的项目团队，其中开发人员不少于4人，核心人员名单作为合同附件，未经甲方同意不得更换。
P:14.3 乙方应保证所提供的软件及定制成果不侵犯任何第三方的知识产权；发生侵权纠纷的，由乙方负责处理并承担全部责任。
H:第十五条 不可抗力
P:因不可抗力不能履行合同的，受影响一方应在3日内通知对方并提供证明，双方协商延期履行或解除合同。
H:第十六条 文档交付
P:乙方应在终验前向甲方提交需求规格说明书、概要设计、数据库设计、接口说明、测试报告、部署手册、运维手册和用户手册的纸质版及电子版，并对甲方运维人员进行源代码讲解。
H:第十七条 争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十八条 其他
P:本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。本合同未尽事宜，按政府采购相关规定执行或由双方另行签订补充协议。
P:甲方（盖章）：衢江市司法局　　　　乙方（盖章）：杭州律通信息技术有限公司
P:签订日期：2026年3月　日
"""

Z02 = """T:硫化机控制系统改造及维保合同
P:合同编号：DY-LT-2026-SB-0412
P:甲方：东营华驰轮胎有限公司
P:乙方：青岛衡工自动化技术有限公司
P:鉴于甲方半钢子午线轮胎车间现有硫化机控制系统老化，甲方经比选确定由乙方实施改造并提供后续维保，双方经协商一致，订立本合同。
H:一、改造范围
P:（一）对甲方二车间48台双模液压硫化机的控制系统进行整体改造，更换PLC控制柜、温度压力传感器、触摸屏，部署硫化工艺管理软件，并与甲方MES系统对接。
P:（二）改造分四批进行，每批12台，每批停机时间不超过5日，乙方应与甲方生产计划协调施工。
H:二、价格
P:（一）合同总价为人民币壹佰玖拾柒万元整（¥1,970,000），含税，明细见下表：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|PLC控制柜（含电气元件）|48套|18,500|888,000
TB:2|温度压力传感器及变送器|48套|4,200|201,600
TB:3|触摸屏（HMI）|48台|3,600|172,800
TB:4|硫化工艺管理软件永久许可|1套|226,000|226,000
TB:5|服务器及工业交换机|1批|118,600|118,600
TB:|软硬件小计|||1,607,000
TB:6|安装调试及改造施工|1项|248,000|248,000
TB:7|MES接口开发|1项|96,000|96,000
TB:8|培训|1项|19,000|19,000
TB:|合计|||1,970,000
P:（二）上表价格为固定价格，包含运输、保险、安装及税费，增值税税率按国家规定执行。
P:（三）合同履行期间，除甲方书面要求增加改造数量外，合同价款不作调整；增加数量的，按上表单价计算。
H:三、付款
P:（一）合同生效后10日内，甲方支付合同总价的10%作为预付款（¥197,000）。
P:（二）全部设备到货并经甲方签收后，甲方支付合同总价的35%（¥689,500）。到货签收仅确认数量和外观，不代表质量验收。
P:（三）最终验收合格后，甲方支付合同总价的50%（¥985,000）。
P:（四）其余5%（¥98,500）作为质量保证金，质保期满且无未决质量问题后支付。
H:四、交付与工期
P:（一）乙方应于合同生效后60日内完成全部设备到货，120日内完成四批改造并提交最终验收申请。
P:（二）乙方施工人员应遵守甲方安全生产管理制度，动火、登高作业须办理审批。
P:（三）每批改造开工前7日，乙方应提交施工方案和停机计划，经甲方生产部、设备部确认后实施；改造完成后乙方应协助甲方进行首批轮胎试硫化及质量检验。
H:五、验收
P:（一）每批改造完成后进行单批验收：硫化温度控制精度±0.5℃，内压控制精度±0.02MPa，硫化曲线记录完整，连续生产72小时无控制故障。
P:（二）最终验收标准：四批单批验收全部合格；MES接口数据（工单、硫化曲线、报警记录）与现场一致；全部48台连续运行30日，因控制系统原因造成的硫化废品率不高于0.2%。
P:（三）甲方出具书面验收报告。设备安装调试完成或投入生产均不视为验收合格。
H:六、质保
P:（一）质保期为二十四个月，自最终验收合格之日起计算。质保期内软硬件故障由乙方免费维修或更换。
P:（二）质保期内及维保期内，一级故障（硫化机停机或批量出现废品）乙方应在30分钟内响应，2小时内到场；二级故障2小时内响应，次日内到场。
P:（三）乙方未按时响应或到场的，每超时1小时向甲方支付¥800，从质量保证金或维保费中扣除。
H:七、维保
P:（一）质保期满后，乙方按本合同提供三个服务年度的维保服务，包括季度巡检、备件供应、软件升级和故障处理，服务水平同第六条。
P:（二）维保费为每个服务年度¥112,490（即软硬件小计的7%），每个服务年度结束后凭维保报告支付，维保期内不作调整。
H:八、数据安全
P:（一）硫化工艺参数、配方、生产记录及MES交换数据归甲方所有，乙方仅为履行本合同使用，不得用于其他目的。
P:（二）乙方远程维护须经甲方逐次审批并通过甲方指定的堡垒机进行，不得在控制网络中安装未经甲方同意的软件，不得将数据拷贝出厂。
P:（三）发生数据安全事件的，乙方应在2小时内报告甲方并采取补救措施；因乙方原因造成的损失由乙方承担赔偿责任。
H:九、知识产权
P:（一）MES接口程序、工艺画面组态文件及其源代码归甲方所有，甲方可自行修改和使用。
P:（二）工艺管理软件知识产权归乙方，乙方授予甲方在本厂区永久使用的许可。
P:（三）乙方保证所供软硬件不侵犯第三方的知识产权，发生纠纷的由乙方负责处理并承担费用。
H:十、违约责任
P:（一）乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的万分之三向甲方支付违约金。
P:（二）甲方逾期付款的，每逾期一日，按应付未付金额的万分之三向乙方支付违约金。
P:（三）因乙方施工原因造成甲方设备损坏或停产损失的，乙方应予赔偿。
P:（四）乙方支付违约金后，仍应继续履行合同义务。
H:十一、分包
P:乙方不得转包。电气施工中的辅助工作如需分包，须事先取得甲方书面同意，乙方对分包部分承担全部责任。
H:十二、合同解除
P:乙方严重违约且经甲方书面催告后15日内仍未纠正的，甲方有权解除合同，并要求乙方赔偿损失。
H:十三、安全生产与文明施工
P:（一）乙方应为现场施工人员办理工伤保险及意外伤害保险，特种作业人员须持证上岗。
P:（二）施工期间乙方应做好临时防护，不得影响相邻硫化机的正常生产；施工产生的废弃物由乙方负责清运。
P:（三）因乙方违反安全规定发生安全事故的，由乙方承担全部责任。
H:十四、技术资料与培训
P:（一）乙方应在最终验收前提交电气原理图、PLC程序备份、接口说明、操作及维护手册各两套（纸质及电子版）。
P:（二）乙方应为甲方培训设备操作人员不少于20名、维修电工不少于6名，培训考核合格后方可独立操作。
H:十五、不可抗力
P:因不可抗力不能按期履行的，受影响一方应及时通知对方，并在合理期限内提供证明，履行期限相应顺延。
H:十六、争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，提交东营仲裁委员会仲裁。
H:十七、备品备件
P:（一）乙方应随货提供首批备品备件（PLC模块、传感器、触摸屏各不少于2套），备件清单作为合同附件。
P:（二）维保期内乙方应保证备件供应，常用备件在甲方厂区设置寄存库，使用后48小时内补齐。
P:（三）乙方应保证所供PLC、传感器等主要部件自最终验收起至少八个服务年度内可持续供货或提供兼容替代产品，替代产品的费用不高于原产品。
H:十八、通知
P:双方指定项目联系人，与本合同有关的通知以书面形式送达对方联系人，电子邮件发出后次一工作日视为送达。联系人变更应及时书面通知对方。
P:甲方项目联系人：设备部 王工；乙方项目联系人：项目经理 刘工。双方联系人负责日常协调、进度确认和验收组织，但无权变更本合同的价款、工期或质量标准。
H:十九、其他
P:本合同一式四份，双方各执二份，自双方签字盖章之日起生效。
P:甲方（盖章）：东营华驰轮胎有限公司　　乙方（盖章）：青岛衡工自动化技术有限公司
P:日期：2026年4月　日
"""

Z03 = """月子中心客户及服务管理SaaS订阅及实施合同

合同编号：XY-SaaS-2026-031
甲方：杭州馨悦母婴健康管理有限公司（以下简称“甲方”）
乙方：上海云橙软件科技有限公司（以下简称“乙方”）

鉴于甲方在杭州、宁波、绍兴经营12家月子中心门店，需统一的客户及服务管理系统；乙方拥有“橙护”母婴服务管理SaaS平台。双方经协商一致，订立本合同。

1. 服务内容
1.1 乙方向甲方12家门店提供橙护SaaS平台订阅服务，包括客户档案、房态与入住管理、护理排班、产妇及新生儿护理记录、膳食管理、会员储值与营销模块。
1.2 乙方负责实施服务：系统配置、门店数据迁移（现有客户档案约2.6万条）、与甲方财务系统对接、各门店培训。
1.3 乙方为甲方定制会员小程序接口，实现预约参观、在线签约及服务评价功能。

2. 服务期限
2.1 订阅服务期为两个服务年度，自2026年7月1日起至2028年6月30日止。
2.2 服务期满，如任何一方未在期满前60日书面提出不续约，本合同自动续期一个服务年度，以此类推。续期时乙方有权根据市场情况上调订阅费，每次上调幅度不超过上一服务年度订阅费的8%，乙方应在期满前60日书面通知甲方新价格。

3. 费用
3.1 合同总价为人民币陆拾伍万元整（¥650,000），明细如下：
  订阅费：12家门店 × ¥21,600/服务年度 × 2个服务年度 = ¥518,400
  实施费（配置、数据迁移、财务对接、培训）：¥86,000
  会员小程序接口定制：¥45,600
3.2 订阅费按季度结算，每季度结束后10个工作日内，乙方开具发票，甲方支付当季订阅费¥64,800。
3.3 实施费及小程序接口定制费在上线验收合格后15个工作日内一次性支付。
3.4 甲方无需在服务开通前支付任何款项。
3.5 乙方应开具增值税专用发票，发票开具后甲方方予付款；甲方付款后乙方不得以任何理由增加费用。

4. 上线与验收
4.1 乙方应于2026年6月20日前完成全部12家门店的配置和数据迁移，并提交上线验收申请。
4.2 上线验收标准：迁移数据抽检1,000条无差错；房态、排班、护理记录、会员储值等全部功能按功能清单测试通过；财务对接连续5日对账无差异；小程序三项功能在甲方测试环境通过；各门店完成培训并考核合格。
4.3 甲方在收到申请后7个工作日内组织验收并出具书面验收意见。系统开通账号或门店开始使用，不视为验收合格。
4.4 验收不合格的，乙方应在10个工作日内完成整改并重新提交验收，整改期间的延误计入第9.1款的逾期天数。

5. 服务水平
5.1 乙方保证平台月可用率不低于99.5%，计划维护应安排在凌晨1点至5点并提前3日通知甲方。
5.2 故障分级：一级故障（平台无法登录或多家门店无法办理入住）乙方应在15分钟内响应，2小时内恢复；二级故障（单个模块不可用）1小时内响应，8小时内解决；三级故障次一工作日内解决。
5.3 服务抵扣：月可用率低于承诺值的，按当月订阅费的5%抵扣；低于99%的，按当月订阅费的10%抵扣；一级故障响应超时的，每次抵扣¥500。抵扣金额从下一期订阅费中扣除。

6. 数据安全
6.1 甲方录入或产生的全部数据，包括产妇及新生儿健康信息、会员信息和交易记录，归甲方所有。乙方仅为提供本合同服务处理该等数据，不得用于其他任何目的，不得向第三方提供。
6.2 乙方应将数据存储于中国境内，平台应通过网络安全等级保护三级测评，对敏感个人信息加密存储，按最小权限管理运维账号并保留操作日志。
6.3 发生数据安全事件的，乙方应在2小时内通知甲方，配合处置并承担因其原因造成的全部损失。
6.4 合同终止后30日内，乙方应按甲方要求以通用格式导出全部数据，并在甲方确认后彻底删除。

7. 保密
双方对在合作中知悉的对方商业秘密及客户信息负有保密义务，未经对方书面同意不得向第三方披露，保密期至合同终止后三年。

8. 知识产权
8.1 橙护平台的知识产权归乙方所有，乙方保证平台不侵犯第三方权利。
8.2 会员小程序接口定制成果及其源代码、甲方专属配置和报表模板归甲方所有，甲方可自行修改、使用或许可第三方使用。

9. 违约责任
9.1 乙方未按第4.1款期限提交上线验收申请的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
9.2 乙方累计赔偿责任以合同总价的两倍为限，但因数据安全事件、侵犯知识产权或故意造成的损失不受此限。

10. 分包
未经甲方书面同意，乙方不得将本合同项下服务分包给第三方。

11. 合同解除
11.1 乙方严重违约，经甲方书面通知后15日内未纠正的，甲方有权解除合同，乙方应退还已收取但尚未提供服务部分的费用。
11.2 连续两个月可用率低于99%的，甲方有权解除合同。
11.3 合同解除的，乙方应按第16条提供数据导出和过渡服务，不得以任何理由停止服务或扣留甲方数据。

12. 培训与支持
12.1 乙方应为每家门店提供不少于两次现场培训，并在上线后首月安排专人驻场支持。
12.2 乙方提供7×24小时服务热线和在线工单系统，甲方可随时提交服务请求。乙方应为甲方指定专属客户成功经理，负责日常沟通、需求收集和季度服务回顾会议的组织。
12.3 乙方每季度向甲方提交服务报告，内容包括可用率、故障处理、服务抵扣及改进计划。

13. 不可抗力
因不可抗力导致服务中断的，乙方应及时通知甲方并尽快恢复服务，不可抗力期间的订阅费相应减免。

14. 门店增减与甲方义务
14.1 服务期内甲方新增门店的，按每家门店¥21,600/服务年度的同一单价，自开通之月起按月折算计费；关闭门店的，自次月起停止计费。
14.2 甲方应指定项目负责人，按时提供门店基础资料、历史客户档案和财务对接所需的接口文档，并组织门店人员参加培训。
14.3 甲方应妥善保管其账号和密码，因甲方人员泄露账号造成的损失由甲方自行承担。
14.4 甲方应遵守平台使用规则，不得利用平台从事违法活动或上传违法信息。

15. 争议解决
本合同适用中华人民共和国法律。争议由甲方所在地人民法院管辖。

16. 合同终止后的数据迁移
合同终止或到期不续约时，乙方应提供不少于60日的过渡期，过渡期内平台正常可用，并协助甲方将数据迁移至甲方指定的系统，过渡期按原订阅费标准按日结算。

17. 通知
本合同项下的通知以书面形式送达双方在合同首页载明的地址，或发送至双方指定的电子邮箱，发出后次一工作日视为送达。

18. 其他
本合同未尽事宜，双方另行签订补充协议，补充协议与本合同具有同等效力。本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：杭州馨悦母婴健康管理有限公司
乙方（盖章）：上海云橙软件科技有限公司
签订日期：2026年5月　日
"""

Z04 = """医疗保障智能监管系统年度运维服务合同

项目编号：JZYB-CS-2026-008
采购方式：竞争性磋商
甲方（采购人）：锦州市医疗保障局
乙方（成交供应商）：辽宁医智信息技术有限公司

根据《中华人民共和国政府采购法》《政府采购竞争性磋商采购方式管理暂行办法》及本项目磋商文件、乙方响应文件和成交通知书，双方就锦州市医疗保障智能监管系统运维服务订立本合同。

（1）服务范围
① 对医保智能监管系统（含事前提醒、事中审核、事后稽核、大数据分析四个子系统）及其数据库、中间件提供运行维护服务。
② 派驻3名驻场运维工程师，工作日8:30至17:30在甲方机房值守，节假日安排值班。
③ 维护和更新智能审核规则库，每季度根据国家、省医保政策调整规则不少于一次。
④ 每月开展系统巡检、性能优化和安全加固，重大活动和年度结算期间提供应急保障。
⑤ 为甲方及各县区医保经办人员提供系统操作和规则使用培训，全年不少于4次。

（2）服务期限
服务期自2026年1月1日起至2026年12月31日止。服务期满本合同终止，不自动续期。

（3）合同价款
合同总价为人民币壹佰贰拾捌万陆仟元整（¥1,286,000），明细如下：
驻场运维服务（3人）：¥648,000
审核规则库维护与更新：¥286,000
系统巡检及性能优化：¥158,000
安全运维与等保配合：¥124,000
应急保障服务：¥70,000

（4）付款方式
① 服务费按季度支付。每季度结束后，甲方依据第（6）条组织季度考核，考核合格后15个工作日内支付当季服务费¥321,500。
② 季度考核扣减的金额从当季服务费中直接扣除。
③ 本合同不设预付款。
④ 乙方应在申请付款时提交合法有效的发票及当季服务报告。

（5）服务水平
本条所列服务水平在整个服务期内适用，乙方应通过甲方运维监控平台如实记录故障和处理过程，作为考核依据。
① 核心业务子系统（事中审核）月可用率不低于99.95%。
② 一级故障（事中审核中断或定点医药机构结算受阻）：15分钟内响应，1小时内到场，3小时内恢复。
③ 二级故障（单个子系统功能异常）：30分钟内响应，8小时内解决。
④ 乙方响应或恢复超时的，每超时1小时扣减服务费¥2,000；月可用率每低于承诺值0.01个百分点，扣减¥3,000。

（6）考核与验收
季度考核主要指标及分值：故障响应及恢复时效30分，规则库更新质量25分，巡检及优化20分，安全运维15分，驻场人员管理10分。
① 季度考核内容：故障处理记录、巡检报告、规则更新清单、驻场人员出勤，考核得分不低于85分为合格。
② 服务期满后，甲方组织年度验收，标准为：全年无因乙方原因造成的重大安全事件；规则更新按期完成并经甲方业务科室确认；交付全部运维文档、脚本和规则库版本记录。
③ 甲方出具书面考核或验收意见；乙方提交报告不视为考核或验收合格。
④ 季度考核不合格的，乙方应在10个工作日内提交整改方案并完成整改，甲方复核合格后支付当季服务费。

（7）数据安全
① 医保基金结算数据、参保人员信息及审核结果属于甲方，乙方仅为履行运维职责接触，不得复制、留存或用于其他目的，数据不得出境。
② 乙方人员须签署安全承诺书，通过甲方堡垒机操作，所有操作留痕；严禁使用移动存储介质。
③ 发生数据安全事件的，乙方应在1小时内报告甲方，配合调查处置；因乙方原因造成的，乙方承担全部法律责任和赔偿责任。

（8）保密
乙方及其人员对履约中知悉的甲方工作秘密和参保人信息负有保密义务，不得以任何形式向第三方披露，不因合同终止而解除。乙方应与驻场人员签订保密协议并报甲方备案。

（9）知识产权
运维过程中形成的文档、脚本、审核规则及其说明归甲方所有，甲方可自由使用和修改，并可提供给后续服务单位使用。乙方保证其提供的工具和软件不侵犯第三方权利。

（10）分包
乙方可将机房基础设施巡检等非主体、非关键性工作分包给具备相应能力的单位，但应在分包前书面告知甲方分包单位名称及分包内容。乙方就分包工作向甲方承担全部责任。

（11）违约责任
① 驻场人员未按期到岗、季度巡检报告或规则更新逾期的，每逾期一日，乙方按合同总价的万分之二向甲方支付违约金。
② 乙方擅自更换驻场人员的，每人次扣减服务费¥5,000。
③ 乙方违约给甲方造成损失的，应赔偿损失。
④ 违约金和扣减金额可从当季服务费或履约保证金中扣除，不足部分乙方应另行支付。

（12）合同解除
乙方严重违约，或连续两个季度考核不合格的，甲方有权书面通知解除合同，并要求乙方赔偿损失。合同解除的，甲方按乙方实际提供服务的期间和考核结果结算服务费，乙方应按第（14）条完成运维交接，交接完成前不得撤离驻场人员。

（13）人员管理
① 驻场工程师应具备本科以上学历和三年以上医保或医疗信息系统运维经验，其中至少一人持有数据库认证证书。
② 乙方更换驻场人员须提前10个工作日书面申请并经甲方同意，接替人员资历不得低于原人员，并应与原人员完成不少于5个工作日的现场交接。
③ 驻场人员应遵守甲方考勤、保密和机房管理制度，甲方有权要求更换不称职人员。

（14）文档与交接
① 乙方应建立运维台账，按月提交运维月报，按季度提交规则更新报告和安全加固报告。
② 服务期满或合同解除时，乙方应在10个工作日内向甲方或甲方指定的单位完成运维交接，移交全部账号、文档、脚本和配置，并配合新服务商平稳过渡。

（15）规则库维护要求
① 乙方应跟踪国家医保局和省医保局发布的医保药品目录、诊疗项目、医用耗材及支付政策调整，在政策生效前完成规则配置和测试。
② 新增或调整的审核规则须经甲方基金监管科审核确认后方可上线，上线后两周内跟踪规则命中情况并提交分析报告。
③ 对定点医药机构反馈的疑似误判规则，乙方应在5个工作日内完成复核并提出处理建议。

（16）履约保证金
乙方应在合同签订后7日内向甲方提交合同总价5%的履约保证金，服务期满经年度验收合格后无息退还；乙方违约的，甲方有权从中扣除违约金和赔偿金。

（17）不可抗力
因不可抗力不能履行合同的，受影响一方应及时通知对方并提供证明，双方协商处理。

（18）争议解决
本合同适用中华人民共和国法律。争议协商不成的，向甲方所在地人民法院起诉。

（19）廉政要求
乙方不得向甲方工作人员提供任何形式的财物或其他不正当利益；违反的，甲方有权解除合同并将有关情况报送财政部门。

（20）其他
① 磋商文件、响应文件、成交通知书及双方确认的补充协议为本合同的组成部分。
② 本合同一式五份，甲方三份，乙方二份，自双方签字盖章之日起生效。

甲方（盖章）：锦州市医疗保障局
乙方（盖章）：辽宁医智信息技术有限公司
日期：2025年12月　日
"""

Z05 = """# 仓储管理系统（WMS）软件许可及定制开发合同

**（桂仓科技标准合同文本 V4.0）**

- 合同编号：GC-WMS-2026-0088
- 甲方：柳州嗦香螺蛳粉食品有限公司
- 乙方：南宁桂仓信息科技有限公司

甲方为提升原料仓及成品仓管理效率，向乙方采购WMS软件许可及定制开发服务。双方经友好协商，订立本合同。

## 第一条 项目内容

1.1 乙方向甲方提供桂仓WMS软件永久许可（原料仓、成品仓两个仓库，不限用户数）。

1.2 乙方按甲方需求进行定制开发：PDA扫码出入库、原料批次及保质期追溯、成品按渠道分拣、与甲方金蝶ERP接口对接。

1.3 乙方负责安装部署、基础数据初始化及操作培训。

1.4 乙方交付物包括：软件安装介质及授权文件、需求说明书、系统操作手册、管理员手册、接口说明及培训资料。

## 第二条 合同价款

2.1 合同总价为人民币玖拾陆万元整（¥960,000），明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 桂仓WMS软件永久许可（两仓） | 720,000 |
| 2 | 定制开发（PDA、批次追溯、分拣、ERP接口） | 186,000 |
| 3 | 实施部署及培训 | 54,000 |
| | 合计 | 960,000 |

2.2 合同价款不包括甲方自行采购的服务器、PDA终端及网络设备。

## 第三条 付款方式

3.1 合同签订后5个工作日内，甲方支付合同总价的55%（¥528,000）作为预付款，乙方收到预付款后启动项目。

3.2 系统上线运行后5个工作日内，甲方支付合同总价的35%（¥336,000）。

3.3 系统验收合格后5个工作日内，甲方支付合同总价的10%（¥96,000）。

3.4 甲方逾期付款的，每逾期一日，按应付未付金额的千分之一向乙方支付违约金。

## 第四条 项目进度

4.1 乙方计划在收到预付款后75日内完成部署及定制开发并上线。项目计划时间仅供参考，因需求变更、甲方配合等原因导致的延期，乙方不承担责任。

4.2 乙方将尽合理努力按计划推进项目。

## 第五条 验收

5.1 系统上线稳定运行20日后，乙方提交验收申请。

5.2 验收标准：功能按双方确认的功能清单逐项测试通过；PDA扫码出入库单据与ERP同步无差错；抽查200个批次可完整追溯至原料入库；连续10日日均处理5,000单无系统故障。

5.3 甲方应在收到申请后5个工作日内组织验收并出具书面验收报告。

5.4 验收不通过的，乙方应在合理期限内完成修改并再次提交验收申请，再次验收的标准与首次验收相同。

## 第六条 免费维护

6.1 免费维护期为六个月，自验收合格之日起计算。免费维护期内乙方免费修复软件缺陷并提供远程支持。

6.2 故障响应：一级故障（仓库无法出入库）乙方在8小时内响应，二级故障在2个工作日内响应。

6.3 乙方将尽力及时排除故障，但不承担因系统故障产生的任何扣款、赔偿或违约金。

## 第七条 年度维护

7.1 免费维护期满后，甲方应向乙方购买年度维护服务，年度维护费为软件许可费的25%，即每年¥180,000，每年年初支付。

7.2 年度维护服务内容包括缺陷修复、版本升级、远程支持及每年两次现场巡检。

7.3 甲方未购买年度维护服务的，乙方不再提供缺陷修复和版本升级，由此产生的系统问题由甲方自行承担。

## 第八条 知识产权

8.1 桂仓WMS软件及乙方为本项目进行的全部定制开发成果（包括PDA程序、追溯模块、分拣逻辑、ERP接口程序及源代码）的知识产权均归乙方所有。

8.2 甲方在本合同约定范围内享有非独占、不可转让的使用权，不得修改、反编译或提供给第三方。

## 第九条 数据

9.1 甲方在系统中录入的业务数据归甲方所有。

9.2 甲方同意，乙方可将甲方业务数据经脱敏处理后用于产品改进、行业分析及乙方其他产品和服务，此项使用在合同终止后继续有效。

9.3 乙方对其运维访问采取账号权限管理、传输加密和操作日志审计等安全措施；发生数据安全事件的，乙方应在24小时内通知甲方并采取补救措施，因乙方原因造成的损失由乙方依本合同承担赔偿责任。

## 第十条 保密

双方对在履约中获悉的对方商业秘密负有保密义务，未经对方书面同意不得向第三方披露，保密期限为合同终止后两年。法律法规要求披露或已为公众所知的信息除外。

本合同的价格条款属于双方的商业秘密。

## 第十一条 责任限制

11.1 乙方在本合同项下的累计赔偿责任，以合同总价的20%为限。

11.2 乙方不承担任何间接损失、利润损失或数据损失。

11.3 因甲方提供的数据错误、甲方人员操作不当或甲方自行修改配置造成的损失，由甲方自行承担。

## 第十二条 合同解除

一方严重违约且在收到对方书面通知后30日内未纠正的，守约方有权解除本合同。合同解除后，甲方应支付乙方已完成工作对应的费用，乙方应向甲方交付已完成的工作成果及甲方业务数据。

## 第十三条 双方义务

13.1 甲方应指定项目联系人，及时提供业务需求、基础数据和测试环境，并组织仓库人员参加培训。

13.2 甲方应按乙方要求准备服务器、PDA终端和网络环境，因甲方原因导致的延期由甲方自行承担。

13.3 乙方应指定项目经理，按项目计划组织实施，并向甲方提交需求说明书、操作手册和培训资料。

## 第十四条 不可抗力

因不可抗力不能履行合同的，受影响一方不承担责任，但应及时通知对方。

## 第十五条 争议解决

因本合同发生的争议，双方协商解决；协商不成的，任何一方可向乙方所在地人民法院起诉。

## 第十六条 培训

16.1 乙方为甲方仓库主管、收发货员及系统管理员提供培训，总计不少于6次，每次不少于3小时。

16.2 培训结束后乙方提供培训记录及考核结果，供甲方存档。

16.3 系统上线首周，乙方安排实施顾问在甲方原料仓和成品仓现场值守，协助处理收发货过程中的操作问题。

## 第十七条 需求变更

17.1 甲方在需求确认后提出变更的，双方书面确认变更内容、工作量及费用，变更工作按每人天¥1,800计费。

17.2 需求变更导致项目延期的，项目计划相应顺延。

## 第十八条 通知

本合同项下的通知以书面形式送达双方在合同首页载明的地址，或发送至双方项目联系人的电子邮箱。一方变更地址或联系人的，应在变更后3个工作日内书面通知对方，否则按原地址送达视为有效送达。

## 第十九条 其他

本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：柳州嗦香螺蛳粉食品有限公司

乙方（盖章）：南宁桂仓信息科技有限公司

日期：2026年　月　日
"""

E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. LPC-CN-2026-014
P:This Software Licence and Services Agreement (the "Agreement") is made between:
P:(1) Xiangjiang Tongda Construction Engineering Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Changsha, Hunan Province (the "Customer"); and
P:(2) Lusail Project Controls W.L.L., a company registered in the State of Qatar with its office in Lusail, Qatar (the "Vendor").
P:Recitals: The Customer manages building and infrastructure projects in China and abroad and wishes to replace its spreadsheet-based planning and cost control with a single project-controls system. The Vendor owns the LPC Controls software for scheduling, cost control, progress measurement and document transmittals. Following the Customer's tender, the Vendor was selected to supply perpetual licences and the related services on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means LPC Controls version 8, its server and client components and its documentation, including updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the reports, dashboards, interfaces to the Customer's Kingdee ERP and OA systems, data-migration scripts and configurations made by the Vendor for the Customer under this Agreement.
P:1.3 "Go-Live" means the first use of the Software in production for at least three live projects. "Final Acceptance" has the meaning in Article 5.
P:1.4 "Customer Data" means all project, cost, schedule, personnel and document data that the Customer or its users enter into or generate with the Software.
H:Article 2 Scope
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, irrevocable licence to install and use the Software for 60 named users and one production server and one test server, for the internal business of the Customer and its subsidiaries.
P:2.2 The Vendor shall install and configure the Software on the Customer's servers in Changsha, develop the Custom Deliverables, migrate the data of 46 ongoing projects, and train the Customer's planners, cost engineers and administrators.
P:2.3 The Customer shall provide the servers, database licences, network access and a project team with decision-making authority.
H:Article 3 Price
P:3.1 At the Customer's request all prices are stated and paid in Chinese Yuan (CNY). The total Agreement price is CNY 1,400,000, inclusive of all taxes, and consists of:
P:(a) 60 named-user perpetual licences at CNY 14,800 each: CNY 888,000;
P:(b) one server licence: CNY 96,000, so that the licence subtotal is CNY 984,000;
P:(c) implementation and Custom Deliverables: CNY 312,000;
P:(d) data migration: CNY 60,000; and
P:(e) training: CNY 44,000.
P:3.2 The prices are fixed. The Vendor bears its own travel and accommodation costs in China.
H:Article 4 Payment
P:4.1 The Customer shall pay 20% of the Agreement price (CNY 280,000) within 20 days after signature and receipt of a valid invoice.
P:4.2 The Customer shall pay 45% of the Agreement price (CNY 630,000) within 20 days after Go-Live. Go-Live and this payment do not constitute acceptance.
P:4.3 The Customer shall pay 35% of the Agreement price (CNY 490,000) within 20 days after Final Acceptance.
P:4.4 Payments are made by bank transfer to the Vendor's account stated in the invoice. Each party bears its own bank charges.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall achieve Go-Live within 120 days after signature and shall request Final Acceptance after 60 days of production use.
P:5.2 Final Acceptance tests are: (a) every function in the agreed functional specification passes its test script; (b) the data of all 46 migrated projects reconciles with the source records for budgets, commitments and progress; (c) the ERP and OA interfaces run for 20 consecutive working days without error; (d) a schedule of 20,000 activities recalculates in less than 30 seconds; and (e) the documentation and source code of the Custom Deliverables are handed over.
P:5.3 The Customer shall carry out the tests within 15 working days after the Vendor's request and issue a Final Acceptance Certificate or a written list of defects. The Vendor shall correct the defects and the tests shall be repeated. Installation, Go-Live or use of the Software does not constitute Final Acceptance.
H:Article 6 Warranty
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform in accordance with their specifications for 18 months after Final Acceptance (the "Warranty Period").
P:6.2 During the Warranty Period the Vendor shall correct defects free of charge and supply all updates and new versions of the Software.
H:Article 7 Support and Service Levels
P:7.1 During the Warranty Period and any later support period, the Vendor shall respond to a Severity 1 incident (the Software is unavailable or a critical function cannot be used and there is no workaround) within 1 hour, provide a workaround within 8 hours and a permanent fix within 5 working days. Severity 2 incidents shall be responded to within 2 hours during working hours and fixed within 10 working days; other incidents shall be handled in the next maintenance release.
P:7.2 Support is given in Chinese or English by telephone, e-mail and the Vendor's ticket portal, and on site in Changsha where remote work cannot solve a Severity 1 incident.
P:7.3 For each full hour by which the Vendor misses the Severity 1 response or workaround time, the Vendor shall pay the Customer CNY 1,000, deducted from the next payment or from the support fee.
H:Article 8 Post-Warranty Support
P:8.1 After the Warranty Period the Customer may order annual support. The annual support fee is 11% of the licence subtotal, that is CNY 108,240 per year, and shall not be increased for the first three support years. Any later change requires the written agreement of both parties.
P:8.2 Support is ordered by a written purchase order for each support year; there is no automatic renewal. Support includes the services in Article 7 and all new versions of the Software.
H:Article 9 Customer Data and Data Security
P:9.1 Customer Data belongs to the Customer. The Vendor shall process Customer Data only to perform this Agreement and on the Customer's instructions, and shall not use it for any other purpose.
P:9.2 The Software is installed on the Customer's servers in China. The Vendor shall access the servers only through the Customer's VPN with personal accounts and multi-factor authentication, shall not copy Customer Data out of the Customer's systems, and shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law.
P:9.3 The Vendor shall notify the Customer within 12 hours of any security incident affecting Customer Data, cooperate in its investigation and remedy, and be liable for all losses caused by an incident for which it is responsible.
H:Article 10 Confidentiality
P:Each party shall keep confidential all non-public information of the other party received under this Agreement and use it only for this Agreement. This obligation continues for three years after the end of this Agreement.
H:Article 11 Intellectual Property
P:11.1 The Vendor retains all intellectual property rights in the Software. The licence in Article 2 is perpetual and survives any termination after full payment of the licence fees.
P:11.2 All intellectual property rights in the Custom Deliverables vest in the Customer upon creation. The Customer may use, modify and license them freely, and the Vendor shall deliver their source code with Final Acceptance.
P:11.3 The Vendor shall indemnify the Customer against any claim that the Software or the Custom Deliverables infringe a third party's rights.
H:Article 12 Delay Damages and Liability
P:12.1 If the Vendor fails to achieve Go-Live or Final Acceptance by the dates in Article 5 for reasons attributable to it, it shall pay delay damages of 0.1% of the Agreement price for each day of delay, up to 10% of the Agreement price.
P:12.2 Each party's total liability under this Agreement is limited to 150% of the Agreement price, except for liability for personal injury, wilful misconduct, infringement or breach of Articles 9 and 10, which is not limited.
H:Article 13 Subcontracting
P:The Vendor shall not subcontract any part of the services without the Customer's prior written consent and remains responsible for the work of any approved subcontractor.
H:Article 14 Termination
P:14.1 The Customer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within 30 days after notice, or if the delay damages reach their maximum.
P:14.2 On termination the Vendor shall refund payments for services not performed and hand over all completed Custom Deliverables and Customer Data.
H:Article 15 Force Majeure
P:Neither party is liable for a delay caused by events beyond its reasonable control, provided it notifies the other party promptly and takes reasonable steps to limit the effect.
H:Article 16 Governing Law and Disputes
P:16.1 This Agreement is governed by the laws of the State of Qatar.
P:16.2 Any dispute arising out of this Agreement shall be finally settled by arbitration under the rules of the Qatar International Center for Conciliation and Arbitration. The seat of arbitration is Doha and the language is English.
H:Article 17 General
P:17.1 This Agreement, with its annexes (functional specification, project plan and test scripts), is the entire agreement of the parties. Changes must be in writing and signed by both parties.
P:17.2 This Agreement is made in two English originals, one for each party, and enters into force on signature.
P:For the Customer: ____________________    For the Vendor: ____________________
P:Date: ______ 2026
"""

E02 = """# ORDER FORM No. STS-CN-0219 — HalalDocs Cloud Subscription

**Vendor:** Salmiya Trade Systems Company W.L.L., Salem Al-Mubarak Street, Salmiya, State of Kuwait ("Vendor")

**Customer:** Ningxia Hengmei Halal Food Co., Ltd., Yinchuan Economic and Technological Development Zone, Ningxia, People's Republic of China ("Customer")

This Order Form is entered into under, and incorporates, the HalalDocs General Terms set out below (together, the "Agreement"). If the Order Form and the General Terms conflict, the Order Form prevails.

## Part 1 — Order Details

1. **Service.** HalalDocs Cloud, the Vendor's online service for preparing and tracking export documents for halal food shipments: halal certificates, certificates of origin, health certificates, packing lists, shipment files and buyer portals for importers in the Gulf and Southeast Asia.

2. **Users and volume.** 40 named users; up to 3,000 shipment files per Subscription Year; two buyer portals.

3. **Subscription Term.** Two Subscription Years, from 1 September 2026 to 31 August 2028. The first Subscription Year starts on 1 September 2026 (the "Start Date").

4. **Hosting.** At the Customer's request the production tenant is hosted in a mainland China region of a public cloud provider named in Part 1, item 9.

5. **Fees.** At the Customer's request all fees are stated and paid in Chinese Yuan (CNY):

| Item | Basis | Amount (CNY) |
|---|---|---|
| HalalDocs Cloud subscription | CNY 186,000 per Subscription Year × 2 | 372,000 |
| Onboarding (tenant set-up, template configuration, import of 2,400 historic shipment files, two remote training sessions) | one-time | 36,000 |
| **Total fees** | | **408,000** |

Additional shipment files above the annual volume are charged at CNY 60 per file and are not included in the total.

6. **Invoicing and payment.** The onboarding fee is invoiced when the production tenant is provisioned. Subscription fees are invoiced quarterly in arrears (CNY 46,500 per quarter). Invoices are payable within 30 days by bank transfer. No amount is payable before the Start Date.

7. **Provisioning.** The Vendor shall provision the production tenant, with the Customer's templates configured and historic files imported, by the Start Date.

8. **Renewal.** The Agreement ends at the end of the Subscription Term. Any renewal requires a new Order Form signed by both parties.

9. **Approved hosting provider.** Alibaba Cloud (mainland China region).

## Part 2 — HalalDocs General Terms

### 1. Definitions

1.1 "Service" means the online service described in the Order Form, including its updates. "Customer Data" means all data, documents and files that the Customer or its users upload to or create in the Service. "Customer Templates" means the document templates, workflows and field mappings configured for the Customer.

1.2 "Subscription Year" means each successive period starting on the Start Date or its anniversary.

### 2. Access and use

2.1 The Vendor grants the Customer a non-exclusive, non-transferable right to access and use the Service during the Subscription Term for its internal business.

2.2 The Customer shall keep its passwords secure and is responsible for the activities of its users.

2.3 The Customer shall not resell the Service or use it to store unlawful content.

### 3. Provisioning and acceptance

3.1 The Vendor shall notify the Customer by e-mail when the production tenant is available and shall send the administrator login credentials.

3.2 The Service, the onboarding work and the Customer Templates are deemed accepted by the Customer when the Vendor sends the administrator login credentials for the production tenant.

3.3 If the production tenant is not provisioned by the Start Date for reasons attributable to the Vendor, the Vendor shall pay the Customer CNY 500 for each day of delay, by way of credit against the next invoice.

### 4. Customer responsibilities

4.1 The Customer shall appoint an administrator, provide its document templates, importer lists and historic shipment files in the formats agreed during onboarding, and check the configured templates before the Start Date.

4.2 The Customer is responsible for the accuracy of the data it enters and for the content of documents it issues to importers and authorities through the Service.

4.3 The Customer shall comply with applicable export, food safety and halal certification rules; the Service is a tool for preparing and tracking documents and does not replace the certification bodies.

### 5. Service availability and support

4.1 The Vendor will use commercially reasonable efforts to make the Service available, except for planned maintenance and events beyond its reasonable control. The Vendor will try to schedule planned maintenance outside the Customer's business hours.

4.2 Support is provided by e-mail and through the in-product help desk during the Vendor's business hours (Sunday to Thursday, 08:00 to 17:00 Kuwait time). Support requests are handled in the order received and the Vendor will use reasonable efforts to resolve them promptly.

4.3 The Vendor may update the Service from time to time, provided that updates do not materially reduce its functions.

### 6. Customer Data and data security

6.1 Customer Data belongs to the Customer. The Vendor shall process Customer Data only to provide the Service to the Customer and shall not use, sell or disclose it for any other purpose.

6.2 The Vendor shall keep Customer Data in the mainland China region named in the Order Form and shall not transfer it outside mainland China without the Customer's prior written consent.

6.3 The Vendor shall maintain an information security programme certified to ISO/IEC 27001, encrypt Customer Data in transit and at rest, restrict access to personnel who need it, and keep access logs for at least 180 days.

6.4 The Vendor shall notify the Customer within 48 hours after becoming aware of any unauthorised access to or loss of Customer Data, shall take all reasonable steps to contain it, and shall compensate the Customer for losses caused by any such incident for which the Vendor is responsible.

6.5 Within 30 days after the end of the Agreement the Vendor shall make Customer Data available for export in a standard format and then delete it, and confirm the deletion in writing.

### 7. Confidentiality

7.1 Each party shall keep confidential the non-public information of the other party and use it only for the purposes of the Agreement.

7.2 This obligation does not apply to information that is public, already known to the receiving party, or required to be disclosed by law, and it continues for three years after the Agreement ends.

### 8. Intellectual property

8.1 The Vendor owns the Service and all its underlying software.

8.2 Customer Templates belong to the Customer. The Customer may use, modify and license them freely, and the Vendor shall deliver them in an editable format on request.

### 9. Subcontracting

The Vendor may use the approved hosting provider named in the Order Form. It shall not subcontract any other part of the Service without the Customer's prior written consent and remains responsible for its subcontractors.

### 10. Suspension

The Vendor may suspend access to the Service only if the Customer's use creates a serious security risk for the Service, and shall restore access as soon as the risk has been removed. The Vendor shall inform the Customer before any suspension where possible and explain the reason in writing.

### 11. Usage reports

The Vendor shall send the Customer a quarterly usage report listing the number of active users, shipment files created and buyer portal logins, together with each quarterly invoice.

### 12. Fees and taxes

12.1 Fees are exclusive of value added tax, which the Vendor shall invoice in accordance with PRC law through its agent in China.

12.2 Fees are fixed for the Subscription Term.

### 13. Liability

13.1 Neither party is liable for indirect or consequential loss, except for breach of clauses 6 and 7.

13.2 Each party's total liability under the Agreement is limited to twice the total fees in the Order Form.

### 14. Termination

14.1 Either party may terminate the Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving notice of it.

14.2 On termination by the Customer for the Vendor's breach, the Vendor shall refund any fees paid for the period after termination.

### 15. Force majeure

Neither party is liable for failure to perform caused by events beyond its reasonable control, provided that it gives prompt notice.

### 16. Governing law and disputes

This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules then in force. The award is final.

### 17. General

17.1 Notices shall be given in writing to the addresses in the Order Form or by e-mail to the contacts named by each party.

17.2 The Customer's purchase orders, if any, are issued for its internal accounting only, and any terms printed on them do not apply. This Agreement may be signed in counterparts, including by electronic signature.

17.3 This Agreement is written in English. Neither party may assign it without the other party's written consent.

**Signed for the Vendor:** ____________________  **Signed for the Customer:** ____________________

Date: ______ 2026
"""

E03 = """T:Purchase Contract for Cold-Store Monitoring Sensors and Software
P:Contract No. TJHX-CG-2026-052
P:Buyer: Tianjin Haixing Cold Chain Logistics Co., Ltd., No. 18 Gangcheng Road, Dongjiang Bonded Port Area, Tianjin, People's Republic of China (the "Buyer").
P:Supplier: Sitra Sensing Technologies W.L.L., Building 1120, Road 4127, Sitra, Kingdom of Bahrain (the "Supplier").
P:Whereas the Buyer operates a cold-storage warehouse of 42 cold rooms for frozen and chilled food in Dongjiang, and wishes to install a wireless monitoring system for temperature, humidity, door status and ammonia leakage; and whereas the Supplier, after the Buyer's competitive negotiation, offered to supply and install such a system; the parties agree as follows.
H:Section 1 Definitions and Scope
P:1.1 "Equipment" means the sensors, detectors, gateways and server listed in Section 2. "Software" means the ColdSight monitoring software, licensed perpetually under this Contract. "System" means the Equipment and Software installed, configured and integrated at the Site.
P:1.2 "Site" means the Buyer's warehouse at the address above, including its 42 cold rooms, two ante-rooms, the machine room and the loading docks.
P:1.3 The Supplier shall supply, install, calibrate and commission the System, integrate it with the Buyer's warehouse management system (WMS) and SMS alarm platform, provide dashboards designed for the Buyer, and train the Buyer's staff.
H:Section 2 Contract Price
P:2.1 At the Buyer's request all prices are stated and paid in Chinese Yuan (CNY). The Contract Price is CNY 980,000, fixed and inclusive of taxes, delivery to the Site, insurance, installation and all other costs of the Supplier, as itemised below:
TB:No.|Item|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensor, -40 to +60 °C|420|860|361,200
TB:2|Door status sensor|96|420|40,320
TB:3|LoRa gateway with 4G backup|18|6,400|115,200
TB:4|Ammonia leak detector|24|5,300|127,200
TB:5|ColdSight software, perpetual site licence|1|148,000|148,000
TB:6|Monitoring server|1|46,080|46,080
TB:|Equipment and licence subtotal|||838,000
TB:7|Installation, integration and commissioning|1|96,000|96,000
TB:8|Calibration and CNAS calibration certificates|1|28,000|28,000
TB:9|Training|1|18,000|18,000
TB:|Contract Price|||980,000
H:Section 3 Payment
P:3.1 Advance payment: 10% of the Contract Price (CNY 98,000) within 15 working days after signature, against the Supplier's invoice and an advance payment guarantee of the same amount.
P:3.2 Delivery payment: 55% of the Contract Price (CNY 539,000) within 15 working days after all Equipment has been delivered to the Site and signed for. Signing for delivery confirms quantity and visible condition only and is not acceptance.
P:3.3 Final payment: 35% of the Contract Price (CNY 343,000) within 15 working days after the Final Acceptance Certificate is issued.
H:Section 4 Delivery and Installation
P:4.1 The Supplier shall deliver all Equipment to the Site within 60 days after signature and complete installation and commissioning within 100 days after signature.
P:4.2 Installation shall be carried out without interrupting the Buyer's operations. Work inside cold rooms shall follow the Buyer's safety rules, including cold-protection clothing and the two-person rule.
P:4.3 If the Supplier fails to meet a date in Section 4.1 for reasons attributable to it, it shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price. Payment of delay damages does not release the Supplier from its obligations.
H:Section 5 Acceptance
P:5.1 Final Acceptance tests: (a) every sensor reports to the Software at the configured interval; (b) temperature accuracy is within ±0.3 °C against a calibrated reference in 10% of the cold rooms chosen by the Buyer; (c) alarms for temperature excursion, door left open and ammonia leakage reach the SMS platform within 60 seconds; (d) the WMS integration shows cold-room status correctly for 14 consecutive days; and (e) the System runs for 30 consecutive days without a Critical fault.
P:5.2 The Buyer shall carry out the tests jointly with the Supplier and issue the Final Acceptance Certificate within 10 working days after successful tests, or a written list of defects. Installation, commissioning or use of the System does not constitute acceptance.
H:Section 6 Warranty and Service Levels
P:6.1 The warranty period is 24 months from the date of the Final Acceptance Certificate. During this period the Supplier shall repair or replace any defective Equipment free of charge, including parts, labour, transport and recalibration, and correct Software defects.
P:6.2 A Critical fault is the loss of monitoring for any cold room or the failure of the ammonia alarm. The Supplier shall respond to a Critical fault within 30 minutes by remote access and, where needed, arrive on Site within 6 hours. Other faults shall be responded to within 2 hours and fixed within 3 working days.
P:6.3 For each full hour by which the Supplier misses a Critical response or on-site time, it shall pay the Buyer CNY 600, deducted from the next payment or from the support fee.
P:6.4 The Supplier shall keep spare sensors and gateways equal to 3% of the installed quantity at the Site during the warranty period.
H:Section 7 Support after the Warranty
P:7.1 After the warranty period, the Supplier shall, if the Buyer so orders, provide annual support covering repair, replacement, recalibration, Software updates and the service levels in Section 6. The annual support fee is 9% of the Equipment and licence subtotal, CNY 75,420 per year, fixed for three years after the warranty period.
P:7.2 Support is ordered by purchase order for each year. There is no automatic renewal.
H:Section 8 Buyer Data and Security
P:8.1 All readings, alarms, logs and warehouse data collected or generated by the System ("Buyer Data") belong to the Buyer. The Supplier shall use Buyer Data only to perform this Contract.
P:8.2 The System is installed on the Buyer's own network. The Supplier shall access it only through remote sessions approved by the Buyer each time, shall not copy Buyer Data outside the Buyer's systems, and shall change all default passwords of the Equipment before commissioning.
P:8.3 The Supplier shall notify the Buyer within 12 hours of any security incident affecting the System or Buyer Data, take immediate remedial measures and be liable for the losses caused by an incident for which it is responsible.
H:Section 9 Documentation, Training and Packing
P:9.1 The Supplier shall deliver with the Equipment the operating manuals, installation drawings showing the position of every sensor, calibration certificates for every temperature sensor and ammonia detector, and the administrator and user manuals of the Software, in Chinese and English.
P:9.2 The Supplier shall train at least eight warehouse supervisors and four maintenance technicians in the operation of the Software, battery replacement, recalibration checks and the handling of alarms, and shall provide a short written test for each trainee.
P:9.3 The Equipment shall be packed for sea and road transport and marked with the Contract number. The Supplier shall arrange customs clearance and bear all import duties, and deliver the Equipment to the Site with a packing list for each case.
P:9.4 All Equipment shall be new, of current production and suitable for continuous operation at the lowest temperature of the cold rooms, which is -35 °C.
H:Section 10 Confidentiality
P:Each party shall keep confidential the other party's non-public information obtained under this Contract, including the Buyer's customer lists, stock data and site layout, and shall not disclose it to any third party without prior written consent, during the Contract and for three years after it ends.
H:Section 11 Intellectual Property
P:11.1 The dashboards, report templates and WMS interface made for the Buyer, with their source code, belong to the Buyer, which may use, modify and license them freely.
P:11.2 The ColdSight software remains the Supplier's property and is licensed to the Buyer perpetually for the Site. The Supplier warrants that the System does not infringe any third-party rights.
H:Section 12 Subcontracting
P:The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. It remains fully responsible for approved subcontractors.
H:Section 13 Termination
P:The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 15 days after notice, or if the delay damages reach their maximum, and may claim its losses.
H:Section 14 Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Tianjin Arbitration Commission for arbitration in Tianjin.
H:Section 15 Miscellaneous
P:15.1 Neither party is liable for delay caused by events beyond its reasonable control, such as natural disasters, epidemics, war or government action, provided it notifies the other party within five days and takes reasonable steps to limit the delay.
P:15.2 Neither party may assign this Contract without the other party's prior written consent.
P:15.3 Annexes: Annex 1, technical specification of the Equipment; Annex 2, floor plan with sensor positions; Annex 3, acceptance test plan. The Annexes form part of this Contract. If an Annex conflicts with the Sections, the Sections prevail.
P:15.4 Any change to this Contract must be made in writing and signed by authorised representatives of both parties.
P:15.5 This Contract is made in English in two originals, one for each party, and takes effect on signature.
P:Signed for the Buyer: ____________________    Signed for the Supplier: ____________________
"""

E04 = """# MANAGED IT SERVICES AGREEMENT

Agreement reference: CMS-NBG-2026-07

**BETWEEN**

**Ningbo Jinlun Garments Co., Ltd.**, a company incorporated in the People's Republic of China, with its registered office at No. 66 Fenghua Road, Yinzhou District, Ningbo, Zhejiang Province ("Customer"); and

**Ceylon Managed Services (Private) Limited**, a company incorporated in Sri Lanka, with its office at 45 Lotus Road, Negombo, Sri Lanka ("Provider").

**BACKGROUND**

(A) Customer manufactures knitted and woven garments in three factories in Ningbo and Cixi, with about 1,100 computer users, and wants one provider to run its IT service desk, end-user devices, servers and backups.

(B) Provider operates a 24x7 service centre and offered, after Customer's request for proposals, to provide those services remotely with an on-site team in Ningbo.

**THE PARTIES AGREE AS FOLLOWS.**

## 1. DEFINITIONS

1.1 "Services" means the managed services described in Schedule 1. "Service Levels" means the levels in Schedule 2. "Service Credits" means the amounts in Schedule 2.

1.2 "Service Commencement Date" means the date on which Customer signs the Transition Acceptance Certificate under clause 4.

1.3 "Customer Data" means all data of Customer, its employees, customers and suppliers that Provider accesses, stores or processes in performing the Services.

## 2. TERM

2.1 This Agreement starts on signature and the Services run for 36 months from the Service Commencement Date (the "Initial Term").

2.2 The Agreement ends at the end of the Initial Term unless the parties agree an extension in writing. There is no automatic renewal.

## 3. CHARGES AND PAYMENT

3.1 At Customer's request all charges are stated and paid in Chinese Yuan (CNY). The charges are set out in Schedule 3.

3.2 The one-time transition charge is invoiced after the Service Commencement Date. The monthly service charge is invoiced monthly in arrears. Customer pays undisputed invoices within 30 days. No charges are payable in advance.

3.3 The charges are fixed for the Initial Term. Work outside the Services is charged only if Customer orders it in writing at the day rates in Schedule 3.

## 4. TRANSITION AND ACCEPTANCE

4.1 Provider shall complete the transition within 75 days after signature, including discovery of all devices, set-up of its tools, knowledge transfer from Customer's current staff and the runbooks for every factory.

4.2 Transition acceptance criteria: (a) all 1,100 users can log tickets through the portal, telephone and WeChat; (b) every server and end-user device is recorded in the asset register and visible in the monitoring tools; (c) a full restore of two selected servers from backup succeeds; (d) the runbooks are approved by Customer's IT manager; and (e) a 10-day parallel run meets the Service Levels.

4.3 Customer issues a Transition Acceptance Certificate within 5 working days after the criteria are met. Starting to use Provider's tools is not acceptance.

4.4 If the Service Commencement Date is later than 75 days after signature for reasons attributable to Provider, Provider shall pay Customer CNY 2,000 for each day of delay.

## 5. SERVICE LEVELS AND CREDITS

5.1 Provider shall meet the Service Levels in Schedule 2 in every calendar month and report its performance by the fifth working day of the next month.

5.2 If a Service Level is missed, Provider shall credit the Service Credit shown in Schedule 2 against the next invoice. Service Credits in a month shall not exceed 20% of the monthly service charge.

5.3 Provider's monthly service report shall show, for each factory, the number of tickets by priority, the Service Levels achieved, the Service Credits due, backup success and restore tests, patch compliance of servers and devices, and open risks. Customer may audit the figures in the report on reasonable notice.

## 6. CUSTOMER DATA AND SECURITY

6.1 Customer Data belongs to Customer. Provider shall use it only to perform the Services and on Customer's instructions.

6.2 Provider shall access Customer's systems only through Customer's jump server with named accounts and multi-factor authentication, shall not store Customer Data outside Customer's systems in mainland China, and shall comply with the PRC Data Security Law and Personal Information Protection Law.

6.3 Provider shall notify Customer within 6 hours of any security incident affecting Customer Data, assist in containing and investigating it, and compensate Customer for losses caused by incidents for which Provider is responsible.

## 7. GOVERNANCE AND STAFF

7.1 Each party shall appoint a service manager. The service managers shall meet monthly to review the service report, open problems, planned changes and improvement actions, and shall record agreed actions in writing.

7.2 Provider shall keep a named on-site team as stated in Schedule 1. Provider shall give Customer at least 30 days' notice of any change in the on-site team and shall ensure that replacement engineers have equal skills and complete a hand-over.

7.3 Provider's staff shall follow Customer's site rules, including factory safety, working hours and access control, and Customer may require the replacement of any engineer who does not follow them.

7.4 Provider shall propose at least two improvement actions each quarter, such as automation of repeated tasks or reduction of recurring incidents, and shall report their results in the monthly review.

## 8. CONFIDENTIALITY

Each party shall keep confidential the other party's non-public information, including designs, customer orders, prices and system information, and use it only for this Agreement, during the Agreement and for three years after it ends.

## 9. INTELLECTUAL PROPERTY

9.1 Provider keeps its own tools and methods.

9.2 Runbooks, scripts, configurations, reports and documents made for Customer under this Agreement belong to Customer, which may use, modify and hand them to any successor provider freely.

## 10. SUBCONTRACTING

Provider shall not subcontract any part of the Services without Customer's prior written consent.

## 11. LIABILITY

11.1 Neither party is liable for loss of profit or indirect loss.

11.2 Provider's total liability arising out of or in connection with this Agreement, in contract, tort or otherwise, is limited to the charges paid or payable by Customer in the 6 months preceding the event giving rise to the claim.

## 12. DURATION AND ENDING OF THE AGREEMENT

12.1 This Agreement may not be terminated by either party before the end of the Initial Term, except that either party may end it by written notice if the other party becomes insolvent or ceases business.

12.2 If Provider fails to perform the Services, Customer's remedies are the Service Credits under clause 5, the delay payments under clause 4.4 and damages subject to clause 11. Customer shall not end this Agreement on the ground of any breach by Provider.

12.3 When the Agreement ends, Provider shall provide exit assistance for up to 60 days at the day rates in Schedule 3 and hand over all runbooks, credentials and documents.

## 13. GOVERNING LAW AND DISPUTES

This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the China International Economic and Trade Arbitration Commission (CIETAC) for arbitration in Shanghai.

## 14. GENERAL

14.1 Notices shall be in writing to the addresses above. Changes to this Agreement must be in writing and signed by both parties.

14.2 Neither party may assign this Agreement without the other party's prior written consent.

14.3 Each party shall comply with applicable anti-bribery laws and shall not offer any improper payment or benefit to the other party's employees.

14.4 This Agreement, with its three Schedules, is the entire agreement of the parties about the Services and replaces all earlier proposals and correspondence. If a Schedule conflicts with the clauses, the clauses prevail.

14.5 This Agreement is made in English in two originals, one for each party, and takes effect on signature by both parties.

## SCHEDULE 1 — SERVICES

| Service | Scope |
|---|---|
| Service desk | Chinese and English, 24x7, portal, telephone and WeChat |
| End-user devices | 1,100 PCs and laptops, patching, antivirus, imaging, moves and changes |
| Servers | 38 Windows and Linux servers in two server rooms, monitoring and patching |
| Backup | daily backup, monthly restore test, offline copy for critical systems |
| On-site team | two engineers in Ningbo, one in Cixi, working days 08:00 to 18:00 |

## SCHEDULE 2 — SERVICE LEVELS AND SERVICE CREDITS

| Priority | Definition | Response | Resolution | Service Credit |
|---|---|---|---|---|
| P1 | a factory cannot produce or ship, or a critical system is down | 15 minutes | 6 hours | CNY 3,000 per P1 incident missed |
| P2 | a department or a critical system is degraded | 1 hour | 12 hours | CNY 1,000 per P2 incident missed |
| P3 | a single user is affected | 8 business hours | 3 working days | 2% of the monthly charge if under 90% met |

## SCHEDULE 3 — CHARGES

| Item | Amount (CNY) |
|---|---|
| Monthly service charge | 58,500 per month × 36 months = 2,106,000 |
| One-time transition charge | 64,000 |
| Total contract value | 2,170,000 |
| Additional work day rate (engineer) | 1,600 per day |

**Signed for Customer:** ____________________  **Signed for Provider:** ____________________
"""

E05 = """DATA API SUBSCRIPTION AGREEMENT

Reference: HDW-API-CN-2026-03

This Data API Subscription Agreement is made between:

Chengdu Jinjiang Shanyou International Travel Service Co., Ltd., a company incorporated in the People's Republic of China, with its office at 210 Renmin South Road, Chengdu, Sichuan Province ("Customer"); and

Himal Data Works Pvt. Ltd., a company registered in Nepal, with its office at Jhamsikhel, Lalitpur, Nepal ("Provider").

Background. Customer sells trekking and mountain tours in Nepal to Chinese travellers through its mobile app and mini-program. Provider collects and publishes trail conditions, weather forecasts for trekking regions, lodge availability, trekking-permit status and flight status for mountain airstrips. Customer wishes to display this information in its app and to use it for trip planning, and Provider agrees to supply it through its data API on the terms below.

Clause 1. Definitions

1.1 "API" means Provider's application programming interface giving access to the Data, with its documentation.

1.2 "Data" means the trail conditions, weather forecasts, lodge availability, permit status, flight status and related information supplied through the API.

1.3 "Customer Data" means the queries, booking references, traveller names and passport numbers, and other information that Customer sends to the API, for example for permit checks.

1.4 "Subscription Year" means the period from the Start Date, or from an anniversary of the Start Date, to the day before the next anniversary.

Clause 2. Subscription

2.1 Provider grants Customer a non-exclusive, non-transferable right during the Subscription Term to call the API and to display the Data in Customer's own apps, mini-programs and customer communications, with attribution to Provider.

2.2 Included volume: up to 3,000,000 API calls per Subscription Year at up to 50 calls per second. Additional calls are charged at CNY 40 per 10,000 calls, invoiced quarterly in arrears; overage is not part of the contract value.

2.3 Customer shall not resell the Data as a separate data product or make it available to other travel agencies.

Clause 3. Term and renewal

3.1 The Subscription Term starts on 1 October 2026 (the "Start Date") and runs for two Subscription Years, until 30 September 2028.

3.2 At the end of the Subscription Term this Agreement renews automatically for successive periods of one Subscription Year each, unless either party gives written notice of non-renewal at least 60 days before the end of the then current term.

3.3 For each renewal period Provider may increase the annual subscription fee by up to 8% over the fee of the previous Subscription Year, by written notice to Customer at least 90 days before the end of the then current term.

Clause 4. Fees and payment

4.1 At Customer's request all fees are stated and paid in Chinese Yuan (CNY). The contract value for the Subscription Term is CNY 300,000, consisting of:

  Annual subscription fee, CNY 138,000 per Subscription Year x 2 ........ CNY 276,000
  Integration support (one-time: sandbox set-up, Chinese field mapping, custom feed for Customer's app, joint testing) ........ CNY 24,000
  Total ........ CNY 300,000

4.2 The integration support fee is invoiced after Integration Acceptance under Clause 5. The subscription fee is invoiced quarterly in arrears, CNY 34,500 per quarter. Invoices are payable within 30 days by bank transfer. Nothing is payable before the Start Date.

4.3 Each party bears its own bank charges. Fees are exclusive of value added tax, which Customer withholds and pays in China where required by law.

Clause 5. Integration and acceptance

5.1 Provider shall give Customer sandbox access within 10 days after signature and production API keys, with the custom feed ready, by the Start Date.

5.2 Integration Acceptance tests: (a) all API endpoints listed in the documentation return valid responses in the sandbox and in production; (b) the custom feed delivers every field in the agreed Chinese field mapping; (c) the 95th percentile response time over a 7-day test is below 800 milliseconds; (d) data for the 12 trekking regions listed in the annex is complete and updated at least every 3 hours.

5.3 Customer shall confirm Integration Acceptance in writing within 5 working days after the tests are passed. Issue of API keys or production use does not by itself constitute acceptance.

5.4 If Provider fails to provide the production API keys and custom feed by the Start Date for reasons attributable to it, Provider shall pay Customer CNY 300 for each day of delay.

Clause 6. Service levels

6.1 Provider shall keep the production API available at least 99.95% of each calendar month, excluding planned maintenance notified 5 days in advance and carried out between 01:00 and 05:00 Nepal time.

6.2 Priority 1 incidents (the API is unavailable or returns errors for more than 10% of calls) shall be responded to within 1 hour at any time; Priority 2 incidents (a data source is stale or a field is missing) within 3 hours during business hours, with a fix within 2 business days.

6.3 If monthly availability falls below 99.95%, Provider shall credit 5% of the quarterly fee for that month's quarter; below 99.5%, 10%; below 98%, 20%. A missed Priority 1 response time gives a credit of CNY 500 per incident. Credits are deducted from the next invoice.

Clause 7. Data accuracy

7.1 Provider shall collect the Data with due care from its field reporters, lodge partners, the authorities and airlines, and shall show the time of the last update for each item.

7.2 Trail and weather information is for planning and does not replace the judgement of guides on the ground. Provider shall correct any error notified by Customer within one business day.

Clause 8. Customer obligations

8.1 Customer shall keep its API keys secret, use them only in its own systems and inform Provider promptly if a key may have been disclosed, so that Provider can issue a new key.

8.2 Customer shall show Provider's name as the source of the Data in its app and shall show the time of the last update next to lodge availability and trail conditions.

8.3 Customer shall not call the API at a rate above the limit in Clause 2.2 and shall use caching in line with the documentation.

Clause 9. Changes to the API

9.1 Provider may add new endpoints and fields at any time. Provider shall give Customer at least 90 days' notice before removing an endpoint or a field or changing a response format, and shall keep the previous version available during that period.

9.2 Provider shall send Customer a monthly report on API calls, availability, incidents and data coverage for each trekking region.

Clause 10. Customer Data

10.1 Customer Data belongs to Customer. Provider shall use Customer Data only to answer Customer's API calls and to provide the services under this Agreement, and shall not sell it or use it for any other purpose.

10.2 At the end of this Agreement Provider shall return or delete Customer Data at Customer's choice.

Clause 11. Confidentiality

11.1 Each party shall keep confidential the terms of this Agreement and any non-public business information of the other party, and shall disclose it only to its employees and advisers who need to know it.

11.2 This Clause continues for three years after this Agreement ends.

Clause 12. Intellectual property

12.1 Provider owns the API and the Data and licenses them to Customer under Clause 2.

12.2 The custom feed format and the Chinese field mapping developed for Customer, and Customer's own integration code, belong to Customer. Customer may use, modify and license them freely.

Clause 13. Liability

13.1 Neither party is liable for indirect or consequential loss.

13.2 Provider's total liability under this Agreement is limited to 150% of the contract value stated in Clause 4.1.

Clause 14. Subcontracting

Provider shall not subcontract the operation of the API or the collection of the Data without Customer's prior written consent. Provider remains responsible for any approved subcontractor.

Clause 15. Termination

15.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after notice.

15.2 On termination for Provider's breach, Provider shall refund any fees paid for the period after termination.

Clause 16. Governing law and disputes

16.1 This Agreement is governed by the laws of Nepal.

16.2 Any dispute shall be settled by arbitration administered by the Nepal Council of Arbitration (NEPCA) in Kathmandu, in English, by a sole arbitrator.

Clause 17. General

17.1 Notices shall be given in writing in English to the addresses above.

17.2 Neither party may assign this Agreement without the other party's prior written consent, except to an affiliate that takes over the relevant business.

17.3 Neither party is liable for delay caused by events beyond its reasonable control, such as earthquakes, landslides, closure of airspace or government action, provided it informs the other party promptly.

17.4 This Agreement is the entire agreement of the parties about its subject matter and may be changed only in writing signed by both parties.

Signed for Customer: ____________________        Signed for Provider: ____________________
Date: ____________ 2026
"""


# ----------------------------------------------------------------------------------------------------------------
# Files
FILES = {
    "z01": ("h425z01_justice_bureau_legal_service_platform.pdf", "zh", Z01),
    "z02": ("h425z02_tyre_plant_curing_press_control_retrofit.docx", "zh", Z02),
    "z03": ("h425z03_maternity_centre_chain_saas.txt", "zh", Z03),
    "z04": ("h425z04_medical_insurance_supervision_annual_om.txt", "zh", Z04),
    "z05": ("h425z05_rice_noodle_factory_wms_supplier_template.md", "zh", Z05),
    "e01": ("h425e01_qatar_project_controls_licence.pdf", "en", E01),
    "e02": ("h425e02_kuwait_halal_export_docs_saas_order_form.md", "en", E02),
    "e03": ("h425e03_bahrain_cold_store_sensors.docx", "en", E03),
    "e04": ("h425e04_sri_lanka_managed_it_services.md", "en", E04),
    "e05": ("h425e05_nepal_trekking_data_api.txt", "en", E05),
}

# ----------------------------------------------------------------------------------------------------------------
# Labels (buyer's view). T = expected_terms in the corpus key order; X = expected_extra.
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]


def T(avail, p1, remedy, ip, ds, bod, conf, ld, cap, pre, acc, final, warr, pwf, auto, term, sub, law, kind):
    return dict(zip(TERM_KEYS, [avail, p1, remedy, ip, ds, bod, conf, ld, cap, pre, acc, final, warr, pwf, auto,
                                term, sub, law, kind]))


G, S = "goods_or_licence", "service"
LABELS = {
    #            avail  p1    rem    ip          ds     bod    conf   ld                 cap        pre   acc    final  warr  pwf   auto   term   sub    law       kind
    "z01": ("software", T(99.95, 0.5, True, "buyer", True, True, True, 0.1, None, 20, True, True, 36, 10, False, True, False, "PRC", G),
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False, contract_value=2200000)),
    "z02": ("hardware", T(None, 0.5, True, "buyer", True, True, False, 0.03, None, 10, True, True, 24, 7, False, True, False, "PRC", G),
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False, contract_value=1970000)),
    "z03": ("cloud", T(99.5, 0.25, True, "buyer", True, True, True, 0.1, 200, None, True, None, None, None, True, True, False, "PRC", S),
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=650000)),
    "z04": ("services", T(99.95, 0.25, True, "buyer", True, True, True, 0.02, None, None, True, None, None, None, False, True, True, "PRC", S),
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=1286000)),
    "z05": ("software", T(None, 8, False, "supplier", True, False, True, None, 20, 55, True, True, 6, 25, False, True, None, None, G),
            dict(sla_clause=True, ld_stated=False, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False, contract_value=960000)),
    "e01": ("software", T(None, 1, True, "buyer", True, True, True, 0.1, 150, 20, True, True, 18, 11, False, True, False, "Qatar", G),
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False, contract_value=1400000)),
    "e02": ("cloud", T(None, None, False, "buyer", True, True, True, 500 / 408000 * 100, 200, None, False, None, None, None, False, True, False, "PRC", S),
            dict(sla_clause=False, ld_stated=True, acceptance_deemed_on_delivery=True, contract_value=408000)),
    "e03": ("hardware", T(None, 0.5, True, "buyer", True, True, True, 0.1, None, 10, True, True, 24, 9, False, True, False, "PRC", G),
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False, contract_value=980000)),
    "e04": ("services", T(None, 0.25, True, "buyer", True, True, True, 2000 / 2170000 * 100, 6 / 36 * 100, None, True, None, None, None, False, False, False, "PRC", S),
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=2170000)),
    "e05": ("services", T(99.95, 1, True, "buyer", False, True, True, 300 / 300000 * 100, 150, None, True, None, None, None, True, True, False, "Nepal", S),
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=300000)),
}

# TCO inputs for goods/licence drafts (policy section 4): purchase price = contract value, fee base = itemised
# licence / hardware subtotal, fee per post-warranty year, warranty months from acceptance, horizon 5 years.
TCO = {
    "z01": dict(value=2200000, base=960000, fee=96000, warranty=36),
    "z02": dict(value=1970000, base=1607000, fee=112490, warranty=24),
    "z05": dict(value=960000, base=720000, fee=180000, warranty=6),
    "e01": dict(value=1400000, base=984000, fee=108240, warranty=18),
    "e03": dict(value=980000, base=838000, fee=75420, warranty=24),
}
HORIZON_MONTHS = 60

# Design list: the rules I meant each draft to trigger.
DESIGN = {
    "z01": [],
    "z02": ["CR-CONFIDENTIALITY", "CR-LD-LOW"],
    "z03": ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"],
    "z04": ["CR-LD-LOW", "CR-SUBCONTRACT"],
    "z05": ["CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
            "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
    "e01": ["CR-GOVERNING-LAW"],
    "e02": ["CR-ACCEPTANCE", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
    "e03": [],
    "e04": ["CR-LIABILITY-CAP", "CR-TERMINATION"],
    "e05": ["CR-AUTO-RENEWAL", "CR-DATA-SECURITY", "CR-GOVERNING-LAW"],
}
SEVERITY = {"CR-SLA-MISSING": "high", "CR-SLA-AVAILABILITY": "medium", "CR-SLA-RESPONSE": "medium",
            "CR-SLA-NO-REMEDY": "medium", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high",
            "CR-DATA-OWNERSHIP": "medium", "CR-CONFIDENTIALITY": "medium", "CR-LD-MISSING": "high",
            "CR-LD-LOW": "medium", "CR-LIABILITY-CAP": "medium", "CR-PREPAYMENT": "medium", "CR-ACCEPTANCE": "high",
            "CR-WARRANTY": "medium", "CR-POST-WARRANTY-FEE": "high", "CR-AUTO-RENEWAL": "medium",
            "CR-TERMINATION": "medium", "CR-SUBCONTRACT": "medium", "CR-GOVERNING-LAW": "low",
            "CR-TCO-SERVICE-SHARE": "medium"}
DESIGN_RISK = {"z01": "low", "z02": "medium", "z03": "medium", "z04": "medium", "z05": "high",
               "e01": "low", "e02": "high", "e03": "low", "e04": "medium", "e05": "high"}


def tco_share(key):
    p = TCO[key]
    post_months = max(0, HORIZON_MONTHS - p["warranty"])
    fees = p["fee"] * post_months / 12
    return fees / (p["value"] + fees) * 100


def my_rules(key):
    """Policy section 3 as I read it, applied to my own labels."""
    t, x = LABELS[key][1], LABELS[key][2]
    r = []
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
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.append("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.append("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.append("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.append("CR-ACCEPTANCE")
    goods = t["contract_kind"] == G
    if goods and (t["warranty_months"] is None or t["warranty_months"] < 12):
        r.append("CR-WARRANTY")
    if goods and (t["post_warranty_fee_pct"] is None or not x.get("post_warranty_fee_capped")
                  or t["post_warranty_fee_pct"] > 15):
        r.append("CR-POST-WARRANTY-FEE")
    if t["auto_renewal_price_increase"]:
        r.append("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.append("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.append("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC"):  # all forums in this set follow the chosen law's place
        r.append("CR-GOVERNING-LAW")
    if goods and key in TCO and tco_share(key) > 40:
        r.append("CR-TCO-SERVICE-SHARE")
    return sorted(r)


def risk(rules):
    sev = {SEVERITY[r] for r in rules}
    return "high" if "high" in sev else "medium" if "medium" in sev else "low"


# ----------------------------------------------------------------------------------------------------------------
# Threshold scan
PCT = r"\s*(?:%|％|per\s*cent|percent)"
BANNED = [
    r"99\.90*(?!\d)" + PCT,
    r"(?<![\d.])0?\.050*(?!\d)" + PCT, r"万分之五(?![十百千\d])",
    r"(?<![\d.,])100(?:\.0+)?" + PCT, r"百分之百", r"百分之一百", r"one\s+hundred\s+per\s*cent",
    r"(?<![\d.,])30(?:\.0+)?" + PCT, r"百分之三十", r"三成", r"thirty\s+per\s*cent",
    r"(?<![\d.,])15(?:\.0+)?" + PCT, r"百分之十五", r"fifteen\s+per\s*cent",
    r"(?<![\d.,])40(?:\.0+)?" + PCT, r"百分之四十", r"四成", r"forty\s+per\s*cent",
    r"(?<![\d.,])4\s*(?:个)?(?:小时|钟头)", r"(?<![\d.,])4\s*-?\s*(?:working\s*|business\s*|clock\s*)?(?:hours?|hrs?|h)\b",
    r"(?<![\d十百千零〇一二三四五六七八九两])四\s*(?:个)?(?:小时|钟头)",
    r"(?<![\w-])four\s*-?\s*(?:working\s*|business\s*|clock\s*)?hours?", r"(?<![\d.,])240\s*(?:分钟|minutes?|mins?)",
    r"(?<![\d.,])12\s*个\s*月", r"(?<![\d.,])12\s*-?\s*(?:calendar\s*)?months?", r"十二\s*个\s*月", r"十二个月",
    r"twelve\s*-?\s*(?:calendar\s*)?months?", r"一年", r"(?<![\w-])one\s*-?\s*years?\b", r"(?<![\d.,])1\s*年(?!度)",
    r"(?<![\d.,])1\s*-?\s*years?\b",
    r"(?<![\d.,])5\s*(?:个)?年", r"五年", r"(?<![\w-])five\s*-?\s*years?", r"(?<![\d.,])5\s*-?\s*years?\b",
    r"(?<![\d.,])60\s*(?:个)?月", r"(?<![\d.,])60\s*-?\s*months?", r"sixty\s*-?\s*months?",
]
BANNED_RE = [re.compile(p, re.I) for p in BANNED]
MUST_HIT = ["99.9%", "99.9 %", "99.90%", "0.05%", "0.05 % per day", "万分之五", "100%", "100 %", "百分之百", "30%",
            "30 per cent", "百分之三十", "三成", "15%", "百分之十五", "40%", "四成", "百分之四十", "4小时", "4 小时", "四小时",
            "四个小时", "4 hours", "4 business hours", "four hours", "240分钟", "240 minutes", "12个月", "12 个月",
            "十二个月", "12 months", "12-month", "twelve months", "一年", "one year", "one-year", "5年", "5 年", "五年",
            "five years", "five-year", "5 years", "60个月", "60 months", "sixty months", "1 year", "1年"]
MUST_MISS = ["24小时", "24 小时", "二十四小时", "24 hours", "twenty-four hours", "99.95%", "99.5%", "115%", "0.15%",
             "150%", "1,500%", "2025年", "2026年12月31日", "万分之五十", "万分之二", "服务年度", "Subscription Year",
             "14 hours", "0.5%", "45%", "35%", "130%", "一个服务年度", "6 months", "36 months", "36个月", "2 hours",
             "1 hour", "15 minutes", "15个工作日", "140 days", "30日", "30 days", "15 days", "5 working days", "5日",
             "55%", "25%", "每年", "年度", "14小时"]


def hits(text):
    return [m.group(0) for rx in BANNED_RE for m in rx.finditer(text)]


def scan_variants(text):
    collapsed = re.sub(r"\s+", " ", text)
    free = re.sub(r"\s+", "", text)
    return hits(text) + hits(collapsed) + hits(free)


def selftest():
    for s in MUST_HIT:
        assert hits(s) and hits(re.sub(r"\s+", "", s)), ("must hit", s)
    for s in MUST_MISS:
        assert not scan_variants(s), ("must miss", s, scan_variants(s))


# ----------------------------------------------------------------------------------------------------------------
# Read back
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append("\t".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def measure(text, lang):
    return len(text) if lang == "zh" else len(text.split())


LIMITS = {"zh": (2750, 3000), "en": (1450, 1650)}


def write_label(key):
    name, lang, _ = FILES[key]
    cat, terms, extra = LABELS[key]
    label = {"file": name, "language": lang, "category": cat, "expected_terms": terms, "expected_extra": extra,
             "expected_rules": my_rules(key)}
    (OUT / (Path(name).stem + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1), encoding="utf-8")


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    selftest()
    sources, targets = {}, {}
    for key, (name, lang, src) in FILES.items():
        ext = Path(name).suffix
        if ext in (".docx", ".pdf"):
            sources[key], targets[key] = src, (name, ext[1:])
        else:
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
    write(sources, targets, OUT, wrap_words=True)
    for key in FILES:
        write_label(key)

    problems = []
    covered = set()
    for key, (name, lang, src) in FILES.items():
        text = read_back(OUT / name)
        n = measure(text, lang)
        lo, hi = LIMITS[lang]
        flag = "" if lo <= n <= hi else "  <-- OUT OF RANGE"
        rules = my_rules(key)
        covered.update(rules)
        extra = ""
        if key in TCO:
            extra = " tco_share=%.2f" % tco_share(key)
        print("%s %s %s=%d%s%s rules=%s risk=%s" % (key, name, "chars" if lang == "zh" else "words", n, extra, flag,
                                                    rules, risk(rules)))
        if flag:
            problems.append((key, "length", n))
        for variant in (text, src):
            h = scan_variants(variant)
            if h:
                problems.append((key, "threshold text", sorted(set(h))))
        if rules != sorted(DESIGN[key]):
            problems.append((key, "rules differ from design", rules, DESIGN[key]))
        if risk(rules) != DESIGN_RISK[key]:
            problems.append((key, "risk differs", risk(rules), DESIGN_RISK[key]))
        t = LABELS[key][1]
        on = [t["availability_pct"] == 99.9, t["p1_response_hours"] == 4, t["ld_rate_per_day_pct"] == 0.05,
              t["liability_cap_pct"] == 100, t["prepayment_pct"] == 30, t["warranty_months"] == 12,
              t["post_warranty_fee_pct"] == 15]
        if any(on):
            problems.append((key, "label on a threshold", on))
        if key in TCO and abs(tco_share(key) - 40) <= 2:
            problems.append((key, "TCO share within 2 points of 40"))
    missing = set(SEVERITY) - covered
    if missing:
        problems.append(("set", "rules never fired", sorted(missing)))
    mix = [risk(my_rules(k)) for k in FILES]
    counts = {k: len(my_rules(k)) for k in FILES}
    assert sorted(k for k in FILES if counts[k] == 0) == ["e03", "z01"], counts
    assert [k for k in FILES if my_rules(k) == ["CR-GOVERNING-LAW"]] == ["e01"]
    assert sorted(k for k in FILES if 2 <= counts[k] <= 3) == ["e02", "e04", "e05", "z02", "z03", "z04"], counts
    assert counts["z05"] >= 8
    # price arithmetic
    assert 960000 + 1020000 + 186000 + 34000 == 2200000 and 440000 + 990000 + 770000 == 2200000
    assert 888000 + 201600 + 172800 + 226000 + 118600 == 1607000 and 1607000 + 248000 + 96000 + 19000 == 1970000
    assert 197000 + 689500 + 985000 + 98500 == 1970000 and round(1607000 * 0.07) == 112490
    assert 12 * 21600 * 2 + 86000 + 45600 == 650000 and 12 * 21600 / 4 == 64800
    assert 648000 + 286000 + 158000 + 124000 + 70000 == 1286000 and 4 * 321500 == 1286000
    assert 720000 + 186000 + 54000 == 960000 and 528000 + 336000 + 96000 == 960000 and 720000 * 25 // 100 == 180000
    assert 60 * 14800 == 888000 and 888000 + 96000 + 312000 + 60000 + 44000 == 1400000
    assert 280000 + 630000 + 490000 == 1400000 and round(984000 * 0.11) == 108240
    assert 2 * 186000 + 36000 == 408000 and 8 * 46500 == 372000
    assert 420 * 860 + 96 * 420 + 18 * 6400 + 24 * 5300 + 148000 + 46080 == 838000
    assert 838000 + 96000 + 28000 + 18000 == 980000 and 98000 + 539000 + 343000 == 980000
    assert round(838000 * 0.09) == 75420
    assert 36 * 58500 == 2106000 and 2106000 + 64000 == 2170000
    assert 2 * 138000 + 24000 == 300000 and 8 * 34500 == 276000
    print("mix:", mix, "coverage:", len(covered), "of", len(SEVERITY))
    if problems:
        for p in problems:
            print("PROBLEM", p)
        raise SystemExit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
