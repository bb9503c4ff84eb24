"""holdout588: builds the ten blind draft contracts and their labels, then checks lengths, thresholds and rule coverage.

Run: /work/main/.venv/bin/python -B make_files.py   (writes only into this folder)
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:企业一套表联网直报系统升级建设项目合同书
P:合同编号：TJJ-ZC-2025-017　　采购方式：公开招标（政府采购）
P:甲方（采购人）：江州市统计局　　地址：江州市人民路88号
P:乙方（供应商）：江州数智信息技术有限公司　　地址：江州市高新区创业大道16号
P:根据《中华人民共和国民法典》《中华人民共和国政府采购法》及本项目招标文件、乙方投标文件，双方就企业一套表联网直报系统升级建设事宜，经协商一致，订立本合同。
H:第一条 项目内容
P:1.1 乙方向甲方提供联网直报平台软件许可，并完成专业报表模块、数据审核规则引擎、部门共享接口（向发改、税务、市场监管等部门推送汇总数据）的定制开发，历史数据迁移以及实施培训，确保在下一统计年度年报布置前投入使用。
P:1.2 系统部署于甲方政务云，与国家统计局联网直报平台及本市“一网通办”平台对接，覆盖全市约4,600家规模以上企业及各区县统计机构的在线填报、审核、查询与汇总。
H:第二条 合同价款
P:2.1 合同总价为人民币2,240,000元（含税），明细如下：
P:平台软件许可（永久，不限用户数）：1,180,000元；
P:定制开发（专业报表、审核规则、共享接口）：864,000元；
P:历史数据迁移：126,000元；
P:实施及培训：70,000元。
P:2.2 上述价款包含乙方完成本合同全部工作所需的一切费用，甲方不再另行支付其他费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交履约保函及等额发票后15个工作日内，甲方支付合同总价的20%作为预付款，即448,000元。
P:3.2 系统通过初步验收后，甲方支付合同总价的45%，即1,008,000元。
P:3.3 系统通过最终验收后，甲方支付合同总价的35%，即784,000元。
P:3.4 甲方按财政国库集中支付程序付款，因财政审批造成的合理延迟不视为甲方违约。
H:第四条 交付与工期
P:4.1 乙方应于合同签订后120日内完成部署并申请初步验收，初步验收后进入90日试运行，试运行期满后申请最终验收。
P:4.2 乙方应提交需求规格说明书、概要及详细设计文档、测试报告、用户手册、源代码、数据库设计说明及部署手册，文档须为中文，纸质版与电子版各一套。
P:4.3 乙方应组建不少于8人的项目团队，项目经理须具备信息系统项目管理师资格，未经甲方书面同意不得更换项目经理及核心开发人员。乙方人员在甲方场所工作期间应遵守甲方的安全保卫及保密管理规定。
P:4.4 乙方应每周向甲方提交项目周报，说明进度、问题与风险；遇有可能影响工期的事项，应在2个工作日内书面告知甲方。甲方应及时提供业务需求、测试环境和政务云资源，并确认需求文档。
P:4.5 培训：乙方应对甲方及区县统计人员开展系统管理员培训和业务操作培训各不少于两期，并对规模以上企业统计人员提供线上培训课件和操作视频。
H:第五条 验收
P:5.1 初步验收标准：全部功能按需求规格说明书实现；报表填报、审核、汇总结果与人工核对一致；迁移数据条数与金额全量比对无差异；并发2,000用户时页面平均响应时间不超过3秒。
P:5.2 最终验收标准：试运行期间无一级故障；完成一次年报全流程报送；第三方机构出具的安全测评报告无高危问题；甲方组织专家评审通过并签署验收报告。
P:5.3 系统上线运行、甲方使用或付款，均不视为验收合格。验收不合格的，乙方应在15日内整改并重新提请验收。
H:第六条 质量保证与维护
P:6.1 质保期为三十六个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级及技术支持。
P:6.2 质保期满后，甲方如需继续维护，年度维护费不超过平台软件许可费的8%，即每年不超过94,400元，且两个服务年度内不上调。
P:6.3 质保期内，每逢年报、定报集中报送期，乙方应安排不少于2名工程师驻场保障；平台软件发布安全补丁或新版本的，乙方应在发布后30日内完成评估与升级，并提交升级报告。
H:第七条 服务水平
P:7.1 质保期内系统年度可用率不低于99.95%，计划内维护须提前3个工作日经甲方同意，不计入不可用时间。
P:7.2 一级故障（全市无法填报或数据错误）乙方应在30分钟内响应，2小时内到场，8小时内恢复；二级故障2小时内响应，24小时内解决。
P:7.3 一级故障每超时1小时，乙方支付服务违约金1,000元；可用率每低于约定值0.01个百分点，乙方支付2,000元，从维护费或质保金中扣除。
H:第八条 知识产权
P:8.1 平台软件的知识产权归乙方，甲方获得永久、不可撤销的使用许可。
P:8.2 为本项目定制开发的报表模块、审核规则、接口程序及其源代码、文档的知识产权归甲方所有，甲方可自行修改、使用或许可第三方使用。
H:第九条 数据安全
P:9.1 系统中的企业填报数据、统计数据及日志均属于甲方，乙方仅为履行本合同使用，不得复制、留存或用于其他目的。
P:9.2 乙方应遵守《统计法》《数据安全法》《个人信息保护法》，落实等保三级要求，运维访问须经堡垒机审计，数据传输与存储加密，发现数据泄露或安全事件应在1小时内报告甲方并采取补救措施。
P:9.3 因乙方原因造成数据泄露、篡改或丢失的，乙方承担全部赔偿责任，并承担由此产生的行政处罚等后果。
P:9.4 合同终止或履行完毕时，乙方应将全部数据及文档移交甲方，删除其持有的一切副本，并出具书面删除证明。
H:第十条 保密
P:双方对在履行合同过程中知悉的对方技术秘密、工作秘密及未公开统计资料负有保密义务，未经对方书面同意不得向第三方披露。保密义务在合同终止后继续有效。乙方应与参与本项目的全部人员签订保密承诺书，并在项目结束时收回其访问权限和工作资料。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期通过验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:11.2 乙方交付成果不符合约定且整改后仍不合格的，甲方有权拒收并要求乙方赔偿损失。
P:11.3 甲方无正当理由逾期付款的，每逾期一日按应付未付金额的万分之三向乙方支付违约金，但因财政资金拨付原因延迟的除外。
H:第十二条 分包
P:本项目不允许分包或转包。乙方擅自分包或转包的，甲方有权解除合同。
H:第十三条 合同解除
P:乙方有重大违约行为，经甲方书面催告后15日内仍未改正的，甲方有权解除合同，并要求乙方退还已付款项、赔偿损失。
H:第十四条 法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，提交甲方所在地人民法院诉讼解决。
H:第十五条 不可抗力
P:因地震、洪水、疫情等不可抗力致使合同不能按期履行的，受影响一方应在3日内通知对方并提供证明，履行期限相应顺延；不可抗力持续超过60日的，双方可协商变更或解除合同。
H:第十六条 其他
P:本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。招标文件、投标文件及澄清文件为本合同组成部分。
P:甲方（盖章）：江州市统计局　　　　乙方（盖章）：江州数智信息技术有限公司
P:代表签字：________　　　　代表签字：________
P:日期：2025年8月____日
"""

Z02 = """T:连铸机控制系统改造及维保合同
P:合同编号：HTTY-JS-2025-042
P:甲方（买方）：鹤塘铜业有限公司　　地址：鹰潭市月湖区工业园铜都大道9号
P:乙方（卖方）：赣安自动化工程有限公司　　地址：南昌市青山湖区高新七路120号
P:鉴于甲方二号上引连铸机组控制系统老化、故障频发，乙方具备相应的设计、供货和施工能力，双方经友好协商，就控制系统改造及后续维保事宜订立本合同，共同遵守。
H:一、工作范围
P:（一）乙方负责二号连铸机组控制系统的方案设计、设备供货、程序编制、安装调试、停机改造施工及人员培训，实现结晶器液位、牵引速度、冷却水流量的闭环自动控制，并将主要运行数据接入甲方生产管理系统。
P:（二）改造须在甲方安排的停机窗口内完成，停机窗口不超过10日，具体日期由甲方提前15日书面通知。
P:（三）乙方应将原系统的工艺参数、配方数据完整迁移至新系统，并保证新旧系统切换时不发生铜液溢流等安全事故。
H:二、合同价款
P:（一）合同总价为人民币2,000,000元（含13%增值税），分项价格如下表：
TB:序号|项目|数量|金额（元）
TB:1|PLC控制系统硬件（含控制柜、I/O模块、冗余电源）|1套|686,000
TB:2|结晶器液位检测及控制装置|2套|312,000
TB:3|变频传动柜|4面|428,000
TB:4|HMI/SCADA监控软件许可（永久）|1套|146,000
TB:|软硬件小计||1,572,000
TB:5|设计、编程及调试|1项|238,000
TB:6|安装及停机改造施工|1项|164,000
TB:7|操作及维护培训|1项|26,000
TB:|合同总价||2,000,000
P:（二）合同价款包含设备、运输、保险、安装、调试、培训及税费，除甲方书面变更工作范围外不作调整。
H:三、付款
P:（一）合同生效后10日内，甲方支付合同总价的10%作为预付款，即200,000元。
P:（二）设备全部到货并经甲方开箱清点后，甲方支付合同总价的55%，即1,100,000元。到货清点仅确认数量与外观，不视为验收。
P:（三）系统通过最终验收后，甲方支付合同总价的35%，即700,000元。
P:（四）乙方每次请款前应开具等额增值税专用发票，发票信息有误的，甲方付款期限相应顺延。
H:四、交货与工期
P:（一）乙方应于合同生效后75日内将全部设备运抵甲方现场，并在停机窗口开始前完成程序离线仿真测试。
P:（二）停机改造完成后进入30日热负荷试运行，试运行结束后乙方书面申请最终验收。
P:（三）乙方延期交货或延期完成改造的，工期相应顺延，乙方不承担延期违约金，但应承担其人员因延期而增加的费用。
P:（四）乙方应派驻具有冶金行业连铸控制经验的项目经理和不少于3名调试工程师，停机改造期间实行24小时倒班作业，项目经理未经甲方同意不得更换。
P:（五）乙方应随设备提供备品备件清单，并免费提供一套关键备件（含I/O模块、液位传感器探头及变频器控制板各2件），交由甲方仓库保管。
H:五、验收
P:（一）最终验收标准：结晶器液位控制精度±3毫米以内；牵引速度波动不超过设定值的±1%；连续热负荷试运行30日，无因控制系统原因导致的停机；报警、联锁功能逐项测试合格；提交竣工图纸、程序备份及操作手册。
P:（二）甲方应在收到验收申请后10日内组织生产、设备、安全等部门共同验收，并签署验收报告。验收不合格的，乙方应在15日内整改后重新验收。
P:（三）系统投入试生产或甲方支付款项，均不视为验收合格。
P:（四）培训：乙方应对甲方操作工、电气维护人员分别进行现场培训，每类不少于16学时，培训后进行考核，考核合格人员方可上岗操作。
H:六、质量保证
P:（一）质保期为二十四个月，自最终验收合格之日起计算。质保期内因设备或软件质量问题产生的维修、更换费用由乙方承担。
P:（二）乙方保证所供设备为全新且未使用过的原厂产品，符合国家及行业有关标准，并提供原厂质量证明文件、出厂检验报告及产品合格证。
P:（三）质保期内乙方每季度上门巡检一次，检查控制柜温湿度、接地、程序备份及传感器标定情况，并出具巡检报告。
H:七、维保服务
P:（一）质保期满后，乙方提供年度维保服务，年度维保费按软硬件小计的6.5%计取，即每年102,180元，三个服务年度内固定不变。
P:（二）故障分级及响应：一级故障（连铸机组停机或存在安全隐患）乙方应在1小时内远程响应，6小时内到达现场；二级故障（部分功能失效）8小时内响应，48小时内到达现场。
P:（三）一级故障响应或到场每超时1小时，乙方支付2,000元；二级故障每超时1小时，乙方支付500元。上述款项从维保费或应付款中扣除。
P:（四）维保服务按服务年度签署确认单，不自动续期；维保期内乙方每半年对程序进行一次备份核对，并对甲方维护人员进行一次复训。
H:八、知识产权
P:（一）HMI/SCADA软件的著作权归原厂商所有，甲方获得永久使用许可，乙方应提供软件授权证书及介质。
P:（二）乙方为本项目编制的PLC程序、HMI画面、控制算法参数及其源程序和文档，其知识产权归甲方所有，甲方可自行修改或委托第三方使用和修改。
H:九、数据安全
P:（一）工艺参数、生产记录及设备运行数据均属于甲方，乙方不得用于本合同以外的任何用途。
P:（二）乙方远程维护须经甲方批准，通过甲方指定的VPN和工控防火墙接入，不得私自留存数据副本；发现病毒或数据泄露应在2小时内通知甲方。乙方携带进入现场的笔记本电脑、U盘等介质须经甲方杀毒检测并登记，改造完成后乙方应删除其设备中保存的甲方程序和数据。
P:（三）因乙方原因造成生产数据泄露、丢失或工控系统遭受攻击的，乙方承担全部赔偿责任。
H:十、保密
P:乙方对在履行合同中获知的甲方工艺配方、生产数据及经营信息负有保密义务，未经甲方书面同意不得向任何第三方披露，保密期限至合同终止后三年。
H:十一、分包
P:乙方可将控制柜安装、电缆敷设等现场施工工作分包给具备相应资质的施工单位，但应提前书面告知甲方，并对分包单位的工作质量和安全承担责任。
H:十二、安全生产
P:乙方人员进入甲方现场须遵守甲方安全生产管理制度，动火、高处作业须办理作业票。因乙方人员违章作业造成的人身或财产损害，由乙方负责。
P:乙方应为现场作业人员办理工伤保险及意外伤害保险，施工结束后清理现场，恢复甲方原有设施。
H:十三、合同解除
P:乙方有重大违约，经甲方书面通知后15日内仍未纠正的，甲方有权解除合同，并要求乙方退还已收款项、赔偿损失。
H:十四、法律适用与争议解决
P:本合同适用中华人民共和国法律。双方发生争议应首先友好协商；协商不成的，任何一方均可提交鹰潭仲裁委员会仲裁，仲裁裁决是终局的。争议期间，双方应继续履行合同中无争议的部分。
H:十五、其他
P:（一）本合同附件包括技术协议、设备清单、停机改造方案及培训计划，与本合同具有同等效力；附件与正文不一致的，以正文为准。
P:（二）本合同一式四份，双方各执二份，自双方签字盖章之日起生效。
P:甲方（盖章）：鹤塘铜业有限公司　　乙方（盖章）：赣安自动化工程有限公司
P:授权代表：________　　授权代表：________
P:签订日期：2025年9月____日
"""

Z03 = """鲸趣少儿游泳连锁会员及课程管理系统服务合同

合同编号：JQ-IT-2025-009
甲方（客户）：杭州鲸趣体育发展有限公司（含其下属12家游泳馆门店）
地址：杭州市西湖区文二西路318号
乙方（服务商）：浙江云泳软件科技有限公司
地址：杭州市滨江区江南大道588号

甲方在杭州、宁波、绍兴经营12家少儿游泳馆，需要统一的会员、排课、约课、课消及教练绩效管理系统。乙方以软件即服务方式提供该系统并负责实施。双方依据《中华人民共和国民法典》等法律法规，经平等协商一致，订立本合同，以资共同遵守。

1. 服务内容
1.1 乙方向甲方12家门店提供“云泳馆”会员及课程管理SaaS服务，包括会员档案、储值卡与课时包、排课与约课、签到课消、教练排班与绩效、家长端微信小程序及经营报表。
1.2 乙方负责实施服务：历史会员及课时数据迁移、门店及课程体系配置、小程序页面配置、与门店智能闸机的对接、管理员及前台培训。
1.3 服务期内乙方提供免费的功能更新、安全补丁和7×12小时客服热线，并为甲方指定一名客户成功经理，负责需求对接、问题跟踪和季度回访。
1.4 服务期为三个服务年度，自系统上线验收合格之日起计算；首个服务年度自上线验收日起算，以此类推。

2. 费用
2.1 SaaS服务费：每门店每服务年度21,600元，12家门店每服务年度合计259,200元，三个服务年度合计777,600元。
2.2 实施费：86,000元（一次性）。
2.3 智能闸机对接费：34,000元（一次性）。
2.4 合同总价：897,600元（含税）。上述价格已包含系统使用、短信通知（每门店每月不超过2,000条）、数据存储及常规技术支持费用。服务期内甲方新增门店的，按每门店每服务年度21,600元计费，按实际服务月份折算。

3. 付款
3.1 实施费及闸机对接费在上线验收合格后15个工作日内一次付清。
3.2 每个服务年度的SaaS服务费于该服务年度开始后15个工作日内支付。
3.3 乙方应在付款前开具合规增值税发票。甲方无需支付任何预付款。

4. 实施与上线
4.1 乙方应按双方确认的实施计划，分批完成各门店上线准备，并在合同签订后45日内完成全部门店的配置、数据迁移和闸机对接，并申请上线验收。
4.2 乙方逾期申请上线验收的，每逾期一日向甲方支付违约金600元。
4.3 上线验收标准：12家门店会员、储值余额、剩余课时迁移后与甲方台账逐条核对一致；排课、约课、签到课消、退课退费流程逐项测试通过；小程序在300名家长同时约课时下单响应不超过2秒；闸机刷卡入场成功率达到99.5%以上；管理员及各门店前台完成培训。
4.4 乙方应派驻实施顾问到各门店现场支持上线首周运营，协助前台处理会员卡转换、课时核对和家长咨询，并编制门店操作手册。
4.5 甲方应在收到上线验收申请后7个工作日内完成验收并签署验收单；验收未通过的，乙方应在10日内整改后重新提交。门店试用系统不视为验收通过。

5. 服务水平
5.1 乙方保证系统月度可用率不低于99.5%。可用率=（当月总分钟数－不可用分钟数）÷当月总分钟数，每周日凌晨2点至5点的计划维护不计入不可用时间。
5.2 故障分级：一级故障（全部门店无法签到或约课）乙方应在30分钟内响应，3小时内恢复；二级故障（单一门店或单一功能不可用）2小时内响应，次日营业前恢复；一般问题1个工作日内答复。
5.3 月度可用率低于约定值的，按当月服务费的5%给予服务抵扣；低于98%的，按当月服务费的10%给予抵扣。一级故障每超出恢复时限1小时，另抵扣1,000元。抵扣金额从下一期服务费中扣除。
5.4 乙方每月向甲方提供可用率及故障处理报告，报告应列明每次故障的发生时间、影响门店、恢复时间和原因分析。
5.5 乙方应在暑期招生高峰（每年7月至8月）及春节前续费高峰前进行扩容和压力测试，并提前向甲方提交保障方案；高峰期内非紧急版本发布须提前征得甲方同意。

6. 知识产权
6.1 “云泳馆”平台及其通用功能的知识产权归乙方所有，甲方在服务期内享有使用权。
6.2 乙方为甲方专门配置开发的小程序页面、课程体系模板、报表及闸机对接程序，知识产权归甲方所有，甲方可自行使用、修改或交由第三方使用。乙方应在上线验收时交付上述成果的配置文件、源代码及说明文档，合同终止后甲方仍可继续使用。

7. 数据
7.1 甲方会员信息、儿童学员信息、课程及交易数据属于甲方所有。
7.2 甲方同意，乙方可将上述数据经去标识化处理后用于行业分析报告及产品功能改进，该项使用权在合同终止后继续有效。
7.3 乙方应按照《个人信息保护法》《数据安全法》采取数据加密、访问控制、操作日志审计和异地备份等措施，儿童个人信息须单独加密存储；发生数据泄露等安全事件的，应在2小时内通知甲方并采取补救措施。因乙方原因造成数据泄露、丢失的，乙方承担全部赔偿责任。
7.4 合同终止后30日内，乙方应按甲方要求以通用格式导出全部数据交付甲方，并删除其系统中的甲方数据，出具书面删除确认。乙方员工访问甲方数据须经实名授权并按最小权限原则分配账号，离职人员账号应在当日注销。

8. 保密
双方对在合作中获知的对方商业秘密、经营数据、会员名单、价格政策及技术资料负有保密义务，双方员工亦应遵守本条约定，未经对方书面同意不得向第三方披露。本条在合同终止后三年内继续有效。

9. 续期
服务期满前30日任何一方未书面提出不续约的，本合同自动续期一个服务年度，续期次数不限。每次续期时乙方有权调整SaaS服务费，上调幅度不超过上一服务年度费用的8%，乙方以书面通知告知甲方即可。

10. 转包与分包
未经甲方书面同意，乙方不得将本合同项下的服务转包或分包给第三方。

11. 违约与解除
11.1 乙方严重违约，或连续两个月可用率低于98%，经甲方书面通知后15日内仍未纠正的，甲方有权解除合同，乙方应退还已付未使用期间的服务费并赔偿损失。
11.2 乙方未按约定期限完成故障恢复，或因乙方原因导致家长端重复扣费、课时错扣的，乙方应在3个工作日内查明原因、更正数据，并承担甲方因此向家长退款或补偿的费用。
11.3 甲方逾期付款超过30日的，乙方可书面催告；催告后仍未支付的，乙方可暂停服务，但应提前5个工作日通知。

12. 法律适用与争议
本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，任何一方均可向甲方所在地人民法院起诉。

13. 其他
13.1 任何一方变更联系人、地址或开票信息的，应提前5个工作日书面通知对方。
13.2 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
13.3 本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方：杭州鲸趣体育发展有限公司（盖章）　　乙方：浙江云泳软件科技有限公司（盖章）
授权代表：________　　授权代表：________
日期：2025年7月____日
"""

Z04 = """临川市疾病预防控制中心免疫规划信息系统年度运维服务合同

项目编号：LCCDC-CS-2025-006（竞争性磋商）
甲方（采购人）：临川市疾病预防控制中心
地址：临川市赣东大道1209号
乙方（成交供应商）：临川恒信信息服务有限公司
地址：临川市抚州路66号创新大厦11层

根据《中华人民共和国政府采购法》《中华人民共和国民法典》、本项目竞争性磋商文件、乙方响应文件及成交通知书，甲方委托乙方承担本市免疫规划信息系统的年度运维服务。双方经协商一致，订立本合同。

一、服务范围与期限
（1）运维对象：甲方现有的免疫规划信息系统（含预防接种、疫苗出入库、冷链监测、预约接种及与省级平台的数据交换模块），覆盖全市9个县（区）疾控机构、186个接种门诊及产科接种单位。
（2）服务内容：驻场运维、系统软件维护及缺陷修复、数据库及中间件运维、安全运维及等级保护测评配合、接种单位技术支持与培训。
（3）服务地点：甲方机房及甲方指定的县（区）疾控机构；远程服务须经甲方批准。
（4）服务期：2025年7月1日至2026年6月30日。服务期满本合同终止，不自动续期；甲方如需继续采购，另行组织采购程序。

二、服务费用
（1）合同总价为人民币708,000元（含税），其中：驻场运维服务312,000元；系统软件维护及缺陷修复168,000元；数据库及中间件运维96,000元；安全运维及等保测评配合74,000元；接种单位技术支持58,000元。
（2）合同总价为固定价格，服务期内不因人工、材料价格变化而调整。服务费按季度支付，每季度末经甲方考核后10个工作日内支付177,000元，扣除当季考核扣减金额。本合同不设预付款。

三、人员要求
（1）乙方应安排2名驻场工程师于2025年7月1日到岗，工作时间为工作日8:00至18:00；其中至少1人具有数据库认证资格。
（2）乙方人员变更须提前10个工作日书面征得甲方同意，替换人员能力不得低于原人员。
（3）驻场人员应遵守甲方考勤及机房管理制度，每日填写运维日志，重大操作须经甲方审批后实施。
（4）乙方应另行安排不少于3名后台技术人员（含数据库、网络安全及开发人员各1名），为驻场人员提供远程二线支持，二线人员名单报甲方备案。
（5）乙方人员须经岗前培训并签署数据安全承诺书后方可参与运维工作，人员离场时应交回门禁卡及全部账号。

四、服务水平与考核
（1）系统月度可用率不低于99.95%，计划内维护须在非接种时段进行并提前2个工作日报甲方批准。
（2）故障响应：一级故障（全市接种门诊无法登记接种或数据无法上传省平台）15分钟内响应，1小时内到场，3小时内恢复；二级故障（单个县区或单项功能异常）30分钟内响应，8小时内恢复；三级问题2个工作日内解决。
（3）考核扣减：月度可用率每低于约定值0.01个百分点扣减服务费1,000元；一级故障每超时1小时扣减2,000元，二级故障每超时1小时扣减500元；驻场人员缺勤每人每日扣减800元。
（4）季度考核由甲方信息科和免疫规划科共同进行，考核得分低于80分的，当季服务费另扣减5%，并由乙方提交整改计划。
（5）乙方每月5日前提交上月运维报告，包括可用率、故障处理、巡检和安全事件情况；每季度末提交季度总结，作为季度考核依据。

五、巡检与应急
（1）乙方每日对服务器、数据库、冷链监测接口进行巡检，每月进行一次数据备份恢复演练，每季度对系统进行一次漏洞扫描和基线核查，并将结果书面报告甲方。
（2）在流感疫苗、新生儿集中接种、入托入学查验等高峰期，乙方应增派1名工程师现场保障，并安排专人值守服务热线，保障接种门诊登记和数据上传不受影响。
（3）乙方应制定系统故障、数据异常及网络攻击应急预案，每半年配合甲方演练一次。
（4）乙方应配合甲方完成省级平台数据对接调整、国家免疫规划疫苗品种或程序调整带来的系统参数变更，以及年度接种率统计报表的核对工作；单项变更工作量在10人日以内的，不另行收费。
（5）乙方应每季度对接种单位开展一次远程培训，每年组织一次县级管理员现场集中培训，并维护常见问题知识库，每月更新一次。

六、数据安全
（1）系统中的受种者个人信息、接种记录、疫苗流通及冷链数据均属于甲方，乙方仅为履行本合同访问和处理，不得用于任何其他目的。
（2）乙方应遵守《数据安全法》《个人信息保护法》及卫生健康行业数据安全管理要求：运维操作须通过甲方堡垒机进行并全程审计；不得将数据导出、下载或拷贝至外部介质；测试须使用甲方提供的脱敏数据；账号按最小权限设置。
（3）发生数据泄露、篡改、丢失或网络攻击事件的，乙方应在1小时内报告甲方并立即采取处置措施。因乙方原因造成数据安全事件的，乙方承担全部赔偿责任及由此产生的行政责任。
（4）服务期满或合同解除时，乙方应移交全部运维资料和账号，并删除其持有的甲方数据，由甲方信息科现场核验并签字确认。
（5）乙方应配合网信、卫健等主管部门及甲方开展的数据安全检查，对检查发现的问题按期整改。

七、知识产权
乙方在运维过程中为甲方编写的脚本、接口程序、运维手册及报告，知识产权归甲方所有，甲方可自行使用、修改或交由后续服务单位使用。乙方保证其提供的工具软件不侵犯第三方权利。

八、违约责任
（1）乙方未按约定日期完成驻场人员到岗及服务启动的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
（2）乙方服务不符合约定的，除按第四条扣减外，应在甲方规定的期限内整改；整改期间产生的费用由乙方承担，因乙方原因给甲方造成损失的，乙方应予赔偿。
（3）乙方驻场人员未经甲方同意擅自离岗或脱岗累计超过3日的，甲方有权要求乙方更换人员。
（4）甲方无正当理由逾期支付服务费的，应按中国人民银行同期贷款市场报价利率支付逾期利息。

九、分包
乙方不得将本合同项下服务全部或部分转包、分包给任何第三方。乙方违反本条约定的，甲方有权解除合同。

十、合同解除
乙方有下列情形之一的，甲方有权书面通知解除合同，并要求乙方赔偿损失：（1）连续两个季度考核不合格；（2）因乙方原因发生重大数据安全事件；（3）其他重大违约行为经书面催告后10日内仍未纠正。

十一、争议解决
因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

十二、其他
（1）磋商文件、响应文件、成交通知书及服务承诺为本合同组成部分；上述文件与本合同不一致的，以本合同为准。乙方在响应文件中作出的优于本合同的承诺，同样对乙方具有约束力。
（2）本合同未尽事宜，按磋商文件及政府采购有关规定执行，双方也可签订补充协议。
（3）本合同一式五份，甲方三份，乙方二份，自双方签字盖章之日起生效。

甲方（盖章）：临川市疾病预防控制中心　　乙方（盖章）：临川恒信信息服务有限公司
代表：________　　代表：________
日期：2025年6月____日
"""

Z05 = """# 绿禾豆奶灌装管理系统软件许可及定制开发合同

> 睿灌软件标准合同文本 V3.0（乙方模板）　　合同编号：RG-2025-0318

**甲方（买方）**：绿禾食品（潍坊）有限公司　　地址：潍坊市寒亭区食品工业园6号

**乙方（卖方）**：济南睿灌软件有限公司　　地址：济南市历下区经十路15000号

甲方拟在其豆奶及植物蛋白饮料灌装车间建设灌装管理系统，以实现灌装过程数据采集、批次追溯和质量管理。乙方是该系统的开发商，愿向甲方提供软件许可及定制开发服务。双方依据《中华人民共和国民法典》，经友好协商，签订本合同，共同遵守。

## 第一条 合同标的

1. 乙方向甲方提供“睿灌”灌装管理系统软件许可，模块包括配方管理、灌装批次追溯、灌装线实时监控、质量检验记录及设备综合效率分析。
2. 乙方为甲方进行定制开发：与三条无菌灌装线PLC、在线称重机及喷码机的数据接口，杀菌工艺参数采集，批次追溯报表及车间看板。
3. 乙方负责系统安装部署、基础数据（物料、配方、设备台账）初始化及甲方人员培训。
4. 系统部署于甲方工厂机房服务器，服务器、操作系统、数据库软件及网络设备由甲方自行采购，不在本合同范围内。
5. 本合同所称“上线”，指系统在甲方任一条灌装线投入生产使用。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 睿灌灌装管理系统软件许可（永久，3条灌装线） | 720,000 |
| 2 | 定制开发（设备接口、工艺采集、报表及看板） | 460,000 |
| 3 | 安装部署、数据初始化及培训 | 90,000 |
| | 合同总价（含税） | 1,270,000 |

## 第三条 付款方式

1. 本合同签订后7日内，甲方向乙方支付合同总价的55%，即698,500元，乙方收款后启动开发，首期款项到账前乙方不承担任何交付义务。
2. 系统上线运行后7日内，甲方支付合同总价的45%，即571,500元。乙方收到每笔款项后10个工作日内开具增值税专用发票。
3. 甲方逾期付款的，每逾期一日按应付未付金额的千分之一向乙方支付违约金，乙方有权暂停服务。

## 第四条 交付与上线

1. 乙方在收到首期款项后90日内完成开发并部署上线。三条灌装线可分批上线，首条线上线时间以双方确认的上线通知单为准。
2. 甲方应提供服务器、网络环境及设备通讯协议资料，因甲方原因造成的延误，工期相应顺延。
3. 开发期间，乙方每两周向甲方汇报一次进度。甲方应指定项目负责人，并在乙方提交需求确认单后5个工作日内予以确认，逾期未确认的视为确认。
4. 培训：乙方为甲方系统管理员提供2天集中培训，为车间班组长及质检人员提供1天操作培训，培训地点在甲方工厂。
5. 乙方延期上线的，每逾期一日按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。

## 第五条 验收

系统在甲方车间上线运行即视为甲方验收合格，乙方不再另行组织验收，也不提供验收测试报告。甲方在上线后发现的功能问题，按第六条质保约定处理。上线后甲方提出的修改意见，乙方可在维护服务中酌情处理。

## 第六条 质保与维护

1. 质保期为6个月，自系统上线之日起计算。质保期内乙方免费修复软件缺陷，但不包括因甲方操作不当、设备更换或工艺变更引起的问题。
2. 质保期满后，甲方应购买乙方年度维护服务，年度维护费为软件许可费的35%，即每年252,000元，维护期内价格不作调整。
3. 维护服务包括缺陷修复、远程技术支持及小版本升级；新增功能及二次开发另行收费，按每人日2,800元计算。
4. 甲方未购买维护服务的，乙方不再提供任何技术支持，系统升级及缺陷修复另行报价。

## 第七条 技术支持

1. 乙方提供工作日9:00至17:30的电话及远程支持，节假日仅受理一级故障。甲方应指定两名经培训的系统管理员作为对接人。
2. 一级故障（灌装线数据采集中断或批次追溯无法使用）乙方在8小时内响应，并尽快安排处理；二级故障在2个工作日内响应。
3. 需要现场服务的，乙方在接到甲方通知后3个工作日内安排工程师到场。质保期外的现场服务，差旅费用由甲方承担。
4. 因甲方擅自修改系统配置、数据库或使用未经乙方认可的硬件而导致的故障，不属于乙方支持范围。

## 第八条 知识产权

1. 睿灌系统软件及其文档的知识产权归乙方所有，甲方获得在本合同约定的3条灌装线上使用的非独占许可。
2. 乙方为甲方定制开发的接口程序、报表、看板及相关源代码，知识产权归乙方所有，甲方仅享有内部使用权，不得修改、复制或提供给第三方。乙方不向甲方交付定制部分的源代码，仅交付可执行程序及操作手册。

## 第九条 数据安全

1. 系统运行中产生的生产、配方、批次和质量数据归甲方所有，乙方仅为履行本合同需要访问上述数据，不得用于其他目的。
2. 乙方远程维护须经甲方许可并使用甲方指定的通道，不得留存数据副本；乙方应采取访问控制和日志记录措施，并对其参与项目的人员进行数据安全教育。发生数据泄露事件的，乙方应在24小时内通知甲方。
3. 因乙方原因造成甲方数据泄露或丢失的，乙方应赔偿甲方由此遭受的直接损失。

## 第十条 保密

双方对在合作中知悉的对方商业秘密和技术信息（包括但不限于产品配方、工艺参数、客户信息、软件源代码及技术文档）负有保密义务，未经对方书面同意不得向第三方披露，保密期限至本合同终止后二年。甲方不得向第三方泄露乙方软件的技术资料和报价。

## 第十一条 责任限制

乙方在本合同项下的累计赔偿责任（含违约金）以合同总价的20%为限，且乙方不对甲方的间接损失、利润损失、原料损耗或停产损失承担责任。甲方因第三方索赔遭受的损失，乙方亦不承担责任。

## 第十二条 合同解除

一方严重违约，经守约方书面通知后30日内仍未纠正的，守约方有权解除合同。合同解除后，乙方已完成的开发工作及已交付的软件许可费用不予退还。

## 第十三条 争议解决

因本合同引起的争议，双方应协商解决；协商不成的，提交乙方所在地有管辖权的人民法院通过诉讼方式解决。

## 第十四条 不可抗力

因地震、火灾、洪水、疫情或政府行为等不可抗力不能履行合同的，受影响一方应及时通知对方，并在合理期限内提供证明，可根据不可抗力的影响部分或全部免除责任。

## 第十五条 其他

1. 本合同经双方签字盖章后生效，一式两份，双方各执一份。
2. 本合同附件：软件功能清单、定制开发需求说明、培训计划。附件与本合同正文不一致的，以本合同正文为准。
3. 甲方的采购订单、招标文件或其他格式条款与本合同不一致的，以本合同为准。
4. 双方往来通知以书面形式送达本合同首部所列地址，一方地址变更的，应及时书面通知对方。
5. 本合同的任何修改须经双方书面确认，口头约定无效。

**甲方（盖章）**：绿禾食品（潍坊）有限公司　　授权代表：________

**乙方（盖章）**：济南睿灌软件有限公司　　授权代表：________

签订日期：2025年____月____日
"""

E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. SSW-CN-2025-014
P:This Software Licence and Services Agreement (the "Agreement") is made on the date of the last signature below between PT Segara Softworks Indonesia, a limited liability company registered in Indonesia with its office at Jalan Teuku Umar No. 77, Denpasar, Bali ("Vendor"), and Sanya Haitang Bay Hotel Management Co., Ltd., a company registered in Sanya, Hainan Province, People's Republic of China, with its office at 168 Haitang North Road, Sanya ("Customer").
P:Recitals. (A) Vendor develops and licenses the Segara hotel property management system and a channel manager used by resort hotels in Indonesia and the wider region. (B) Customer manages six resort hotels in Sanya and wishes to replace its existing front-office software. (C) Vendor has agreed to license the software perpetually and to configure, extend and implement it for the six hotels, on the terms below. At Customer's request all prices are stated and paid in Chinese yuan (CNY).
H:Article 1 Definitions
P:1.1 "Software" means the Segara PMS core and the Segara Channel Manager in object code, with their documentation and the updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, reports, scripts and configurations that Vendor creates specifically for Customer under Article 2, including their source code and documentation.
P:1.3 "Customer Data" means all guest, reservation, folio, rate and operational data entered into or generated by the Software at Customer's hotels.
P:1.4 "Final Acceptance" means Customer's written acceptance under Article 5.3.
H:Article 2 Scope
P:2.1 Vendor grants Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software for the six hotels listed in Annex 1, with an unlimited number of named users, and to make copies for backup and testing.
P:2.2 Vendor shall configure the Software for the six hotels, migrate current reservations and guest profiles, and develop custom interfaces to Customer's payment gateway, the public-security guest registration system required in Hainan, and Customer's finance system.
P:2.3 Vendor shall appoint a project manager who speaks Mandarin and shall keep at least two consultants in Sanya from the start of configuration until go-live at the last hotel. Vendor shall not replace the project manager without Customer's consent.
P:2.4 Vendor shall train Customer's front-office, reservations and IT staff at each hotel, in Mandarin, with written course material in Chinese.
H:Article 3 Price
P:3.1 The Contract Price is CNY 1,110,000, made up as follows:
P:Segara PMS core licence, 6 properties at CNY 98,000: CNY 588,000
P:Segara Channel Manager licence, enterprise edition: CNY 126,000
P:Licence subtotal: CNY 714,000
P:Configuration and data migration: CNY 212,000
P:Custom interfaces (payment, guest registration, finance): CNY 148,000
P:Training: CNY 36,000
P:Total Contract Price: CNY 1,110,000
P:3.2 The Contract Price is fixed and includes all taxes, travel and expenses of Vendor's staff. Changes to the scope require a written change order signed by both parties.
H:Article 4 Payment
P:4.1 Customer shall pay 20% of the Contract Price (CNY 222,000) within 20 days after signature of this Agreement, against Vendor's invoice.
P:4.2 Customer shall pay 45% of the Contract Price (CNY 499,500) after the Software has gone live at all six hotels. Go-live is not acceptance.
P:4.3 Customer shall pay the remaining 35% of the Contract Price (CNY 388,500) within 20 days after Final Acceptance.
P:4.4 Payments are made by bank transfer to Vendor's account named in the invoice. Each party bears its own bank charges.
H:Article 5 Delivery and Acceptance
P:5.1 Vendor shall complete configuration, migration and interfaces and bring the Software live at all six hotels within 110 days after signature, following the project plan in Annex 2.
P:5.2 After go-live, the Software shall run in live operation for 45 days. During this period Customer shall test it against the acceptance criteria.
P:5.3 The acceptance criteria are: all functions in the functional specification work as described; migrated reservations and guest profiles match the source systems in full; the guest registration interface passes the local police bureau's connection test; the payment and finance interfaces reconcile with no differences over 30 consecutive days; night audit completes in less than 20 minutes at each hotel; and no Severity 1 incident remains open. When the criteria are met, Customer shall sign a Final Acceptance certificate within 10 days.
P:5.4 Use of the Software in live operation, payment of any instalment or the lapse of time does not amount to acceptance.
H:Article 6 Delay
P:6.1 If Vendor fails to bring the Software live at all six hotels by the date in Article 5.1 for reasons attributable to Vendor, Vendor shall pay Customer liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:6.2 The liquidated damages do not release Vendor from its obligation to complete the work.
H:Article 7 Warranty and Support
P:7.1 Vendor warrants that the Software and the Custom Deliverables will perform in accordance with the documentation for 18 months from Final Acceptance (the "Warranty Period"). During the Warranty Period Vendor shall correct defects, supply updates and provide support free of charge.
P:7.2 Severity levels and response times: Severity 1 (the PMS is unavailable at a hotel or check-in is impossible) response within 1 hour, around the clock, and workaround within 6 hours; Severity 2 (a major function is impaired) response within 3 hours and fix within 2 business days; Severity 3 (other issues) response on the next business day.
P:7.3 For each full hour by which Vendor exceeds the Severity 1 response or workaround time, Vendor shall credit Customer CNY 1,000, deducted from the next payment or support fee.
P:7.4 After the Warranty Period, Customer may order annual support. The annual support fee is 11% of the Licence subtotal, that is CNY 78,540 per year, fixed for the first three support years. Support is ordered year by year and does not renew automatically.
H:Article 8 Intellectual Property
P:8.1 The Software remains the property of Vendor and its licensors.
P:8.2 All intellectual property rights in the Custom Deliverables belong to Customer upon creation. Vendor shall deliver their source code and documentation at Final Acceptance. Customer may use, modify and license the Custom Deliverables freely, including through third parties.
H:Article 9 Customer Data and Security
P:9.1 Customer Data belongs to Customer. Vendor shall process Customer Data only to perform this Agreement and shall not use it for any other purpose.
P:9.2 The Software is installed on Customer's servers in Sanya. Vendor's remote access requires Customer's approval for each session, through Customer's VPN with multi-factor authentication, and all sessions are logged. Vendor shall not copy Customer Data outside Customer's systems and shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China.
P:9.3 Vendor shall notify Customer within 12 hours of becoming aware of any security incident affecting Customer Data and shall cooperate in remedying it. Vendor is liable for all losses caused by a breach of this Article by Vendor or its personnel.
H:Article 10 Confidentiality
P:Each party shall keep confidential all non-public business and technical information received from the other party, use it only for this Agreement and disclose it only to staff who need to know it. This obligation survives termination for three years.
H:Article 11 Liability
P:The total liability of either party under this Agreement is limited to 150% of the Contract Price. The limit does not apply to personal injury, fraud, wilful misconduct or breach of Articles 9 and 10.
H:Article 12 Subcontracting
P:Vendor shall not subcontract any part of the services without Customer's prior written consent. Vendor remains responsible for any approved subcontractor.
H:Article 13 Termination
P:13.1 Customer may terminate this Agreement by written notice if Vendor commits a material breach and fails to remedy it within 30 days after written notice, or if the liquidated damages under Article 6 reach their maximum.
P:13.2 On termination for Vendor's breach, Vendor shall refund the amounts paid for work not accepted and compensate Customer's losses under Article 11.
H:Article 14 Force Majeure
P:Neither party is liable for delay caused by events beyond its reasonable control, such as natural disasters, volcanic eruption, epidemics or government action, provided it notifies the other party promptly and resumes performance as soon as possible.
H:Article 15 Governing Law and Disputes
P:15.1 This Agreement is governed by the laws of the Republic of Indonesia.
P:15.2 Any dispute arising out of this Agreement shall be finally settled by arbitration administered by the Indonesian National Board of Arbitration (BANI) in Denpasar, Bali, in the English language.
H:Article 16 General
P:16.1 This Agreement, with its annexes, is the entire agreement between the parties on its subject. Amendments must be in writing and signed by both parties.
P:16.2 Annex 1: List of hotels. Annex 2: Project plan. Annex 3: Functional specification.
P:16.3 This Agreement is made in English in two originals, one for each party.
P:For Vendor: PT Segara Softworks Indonesia    Name: ____________    Title: ____________
P:For Customer: Sanya Haitang Bay Hotel Management Co., Ltd.    Name: ____________    Title: ____________
"""

E02 = """# ORDER FORM — Straits Helpdesk Cloud

**Order Form No.** SCW-OF-2025-0231

**Provider:** Straits Cloudworks Sdn. Bhd., Level 9, Menara Pelangi, Jalan Sultan Ahmad Shah, 10050 George Town, Penang, Malaysia ("Provider").

**Customer:** Foshan Linmu Home Furnishings Co., Ltd., 25 Lecong Furniture Avenue, Shunde District, Foshan, Guangdong, People's Republic of China ("Customer").

This Order Form is entered into under, and incorporates, the General Terms set out below. Customer sells furniture online and through 40 showrooms in southern China and uses the Service for its after-sales helpdesk, live chat and delivery-complaint handling. At Customer's request all fees are stated and invoiced in CNY.

## Part A — Order Details

| Item | Detail |
|---|---|
| Service | Straits Helpdesk Cloud, Professional edition: ticketing, omnichannel inbox (WeChat, web chat, e-mail, phone integration), knowledge base, workflow automation, reporting |
| Agent seats | 180 named agent seats |
| Subscription Term | Two Subscription Years, from 1 October 2025 to 30 September 2027 |
| Hosting | Provider's cloud region in Shenzhen, China |
| Target Go-Live Date | 15 December 2025 |

### Fees

| Fee | Calculation | Amount (CNY) |
|---|---|---|
| Subscription fee, Subscription Year 1 | 180 seats x CNY 1,560 | 280,800 |
| Subscription fee, Subscription Year 2 | 180 seats x CNY 1,560 | 280,800 |
| Onboarding fee (one-time) | fixed | 48,000 |
| Total Order Value | | 609,600 |

Additional seats ordered during the Subscription Term are charged at CNY 1,560 per seat per Subscription Year, pro rata.

### Invoicing and Payment

- The subscription fee for each Subscription Year is invoiced on the first day of that Subscription Year and is payable within 30 days of the invoice date.
- The onboarding fee is invoiced after Onboarding Acceptance under Section 3.3 and is payable within 30 days of the invoice date.
- No other amount is payable in advance.

### Onboarding Services

Provider will configure Customer's queues, routing rules, 60 response templates, service categories and dashboards; connect Customer's WeChat service account, web chat, e-mail domains and call-centre system; import 18 months of historical tickets; and train 12 administrators and 180 agents in Mandarin.

**Signed for Provider:** ____________________ Name / Title / Date

**Signed for Customer:** ____________________ Name / Title / Date

## Part B — General Terms

### Section 1. Definitions

1.1 "Service" means the hosted software service described in Part A, including updates Provider makes generally available.

1.2 "Customer Data" means all data, including personal information of Customer's end customers, that Customer or its users submit to the Service or that the Service generates from it.

1.3 "Customer Materials" means the templates, workflows, knowledge-base articles and reports configured specifically for Customer during onboarding or the Subscription Term.

1.4 "Subscription Year" means each period running from 1 October to 30 September of the following calendar year, as set out in Part A.

### Section 2. Use of the Service

2.1 Provider grants Customer and its authorised users a non-exclusive right to use the Service during the Subscription Term for Customer's internal business purposes.

2.2 Customer is responsible for its users' compliance with these General Terms and for keeping log-in credentials secure.

### Section 3. Onboarding and Acceptance

3.1 Provider will carry out the onboarding services so that the Service can be used in production by the Target Go-Live Date.

3.2 If go-live is delayed beyond the Target Go-Live Date for reasons attributable to Provider, Provider will pay Customer CNY 450 for each day of delay, up to a total of CNY 30,000, by credit against the next invoice.

3.3 Onboarding Acceptance occurs when Customer confirms in writing that: all channels in Part A are connected and tested end to end; historical tickets have been imported and a sample of 500 tickets matches the source; routing rules send test tickets to the right queues; the dashboards show the agreed indicators; and all administrators have completed training. Customer shall confirm or list deficiencies within 10 business days of Provider's notice of completion.

### Section 4. Service Levels

4.1 Provider will make the Service available 99.95% of the time in each calendar month, excluding scheduled maintenance announced at least 3 days in advance and carried out between 01:00 and 05:00 China Standard Time.

4.2 Priority 1 incidents (the Service is unavailable or agents cannot reply to customers) will be responded to within 30 minutes at any time. Priority 2 incidents will be responded to within 2 hours during business hours.

4.3 If monthly availability falls below the commitment in Section 4.1, Customer receives a service credit of 5% of the monthly equivalent of the subscription fee for each 0.1 percentage point of shortfall, up to 50% of that amount. Credits are applied to the next invoice.

### Section 5. Customer Data

5.1 As between the parties, Customer owns all Customer Data. Provider processes Customer Data only to provide the Service and support to Customer and for no other purpose.

5.2 Provider maintains an information security programme certified to ISO/IEC 27001, encrypts Customer Data in transit and at rest, restricts access to personnel who need it, logs administrative access, and stores Customer Data only in mainland China. Provider complies with the Personal Information Protection Law and the Data Security Law of the People's Republic of China.

5.3 Provider will notify Customer within 24 hours after becoming aware of a security incident affecting Customer Data, will take immediate steps to contain it, and is liable for losses caused by its failure to comply with this Section 5.

5.4 Within 30 days after the end of the Subscription Term, Provider will make Customer Data available for export in a standard format and then delete it.

### Section 6. Intellectual Property

6.1 Provider retains all rights in the Service and its underlying software.

6.2 Customer Materials belong to Customer. Customer may use, copy and modify them and have third parties use them, during and after the Subscription Term.

### Section 7. Confidentiality

Each party will protect the other party's confidential information with reasonable care, use it only to perform or receive the Service and not disclose it to third parties except to its advisers bound by similar obligations. These obligations last for three years after the Subscription Term ends.

### Section 8. Subcontractors

Provider may engage affiliates and third-party subcontractors, including hosting and support providers, to perform any part of the Service. Provider will inform Customer of new subcontractors by updating the list on its trust website or by e-mail notice. Provider remains responsible for its subcontractors' performance.

### Section 9. Renewal

9.1 At the end of the Subscription Term the subscription renews automatically for successive periods of one Subscription Year each, unless either party gives written notice of non-renewal at least 60 days before the end of the then-current term.

9.2 Provider may increase the fees for any renewal period by up to 9% by notifying Customer at least 75 days before the renewal date. The increased fees apply unless Customer gives notice of non-renewal.

### Section 10. Limitation of Liability

10.1 Neither party is liable for indirect or consequential losses, loss of profits or loss of goodwill.

10.2 Each party's total liability arising out of or in connection with this Order Form is limited to the fees paid by Customer in the 6 months before the event giving rise to the claim. This limit does not apply to Customer's payment obligations or to either party's fraud or wilful misconduct.

### Section 11. Term and Termination

11.1 Either party may terminate this Order Form by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving written notice of it.

11.2 If Customer terminates under Section 11.1, Provider will refund any prepaid fees for the period after termination.

11.3 On termination or expiry, Customer's right to use the Service ends, subject to the export period in Section 5.4. Provider will give reasonable assistance to move Customer's tickets and knowledge-base articles to another system.

### Section 12. Governing Law and Disputes

This Order Form is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules then in force.

### Section 12A. Suspension

Provider may suspend the Service only if an undisputed invoice remains unpaid 30 days after a written reminder, and only after giving Customer at least 10 business days' further notice. Provider shall restore the Service promptly after payment.

### Section 13. General

13.1 This Order Form and these General Terms are the entire agreement of the parties on their subject and prevail over any purchase order terms.

13.2 Notices must be in writing and sent to the addresses in Part A.

13.3 If there is a conflict between Part A and Part B, Part A prevails.

13.4 Neither party may assign this Order Form without the other party's written consent, except to an affiliate in a reorganisation.
"""

E03 = """T:SUPPLY AND INSTALLATION CONTRACT FOR WATER-QUALITY MONITORING EQUIPMENT
P:Contract No. ZHW-EQ-2025-031
P:Buyer: Zhanjiang Haiwan Aquaculture Co., Ltd., 88 Donghai Avenue, Potou District, Zhanjiang, Guangdong, People's Republic of China (the "Buyer").
P:Supplier: Tubbataha Marine Instruments Inc., 14 Rizal Avenue, Puerto Princesa City, Palawan, Philippines (the "Supplier").
P:Background: The Buyer operates a shrimp and oyster farm of 320 hectares of ponds and near-shore pens at Donghai Island. It wishes to monitor water quality continuously. The Supplier manufactures multiparameter monitoring buoys and sensors used by fish and pearl farms in Palawan. The parties agree as follows. This contract is the Buyer's standard form; all prices are in CNY.
H:Clause 1 Definitions
P:1.1 "Equipment" means the buoys, sensors, gateways, spare parts and software listed in Clause 3.
P:1.2 "Site" means the Buyer's farm at Donghai Island, Zhanjiang.
P:1.3 "Final Acceptance" means the Buyer's signed acceptance certificate under Clause 6.3.
P:1.4 "Buyer Data" means all measurements, alarms, location data and records produced by the Equipment at the Site.
H:Clause 2 Scope of Supply
P:2.1 The Supplier shall supply, deliver to the Site, install, configure and commission the Equipment, connect it to the Buyer's farm management system, and train the Buyer's staff.
P:2.2 The buoys shall measure dissolved oxygen, temperature, salinity, pH, turbidity and ammonia nitrogen every 5 minutes and transmit the readings through LoRa gateways to the monitoring software installed on the Buyer's server.
P:2.3 The Supplier shall provide installation drawings, mooring design, user manuals and calibration procedures in Chinese and English.
P:2.4 The Supplier shall carry out a site survey within 20 days after signature, confirm buoy positions, mooring depths and gateway locations with the Buyer, and submit an installation plan, including boat schedules and safety measures, for the Buyer's approval before installation begins.
P:2.5 The Supplier's staff at the Site shall follow the Buyer's safety, biosecurity and visitor rules, wear life jackets on the water and avoid disturbing feeding and harvesting.
H:Clause 3 Contract Price
P:3.1 The Contract Price is CNY 1,124,000, fixed and inclusive of all taxes, duties, freight, insurance and the Supplier's travel costs, as itemised below.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Multiparameter water-quality buoy with solar power|16|38,500|616,000
TB:2|Spare dissolved-oxygen sensor|40|4,200|168,000
TB:3|LoRa gateway with 4G backhaul|4|26,000|104,000
TB:4|Monitoring software, perpetual licence|1|96,000|96,000
TB:|Hardware and Licence Subtotal|||984,000
TB:5|Installation, mooring and commissioning|1||118,000
TB:6|Training|1||22,000
TB:|Contract Price|||1,124,000
H:Clause 4 Payment
P:4.1 No advance payment is made under this Contract.
P:4.2 The Buyer shall pay 65% of the Contract Price (CNY 730,600) within 20 days after all Equipment has been delivered and installed at the Site and the Buyer has signed the installation record. The installation record confirms quantities and visible condition only and is not acceptance.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price (CNY 393,400) within 20 days after Final Acceptance.
P:4.4 Each payment is subject to the Supplier's valid invoice. The Buyer pays in CNY by bank transfer to the account named in the invoice; bank charges outside China are for the Supplier's account.
H:Clause 5 Delivery
P:5.1 The Supplier shall deliver the Equipment to the Site within 60 days after signature and complete installation within 30 days after delivery.
P:5.2 If the Supplier delays delivery or installation for reasons attributable to it, the Supplier shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 8% of the Contract Price. The Buyer may deduct the damages from any payment.
P:5.3 The Supplier is responsible for export clearance in the Philippines; the Buyer's customs broker handles import clearance in Zhanjiang at the Supplier's cost.
P:5.4 Risk in the Equipment passes to the Buyer when the installation record is signed; title passes on payment under Clause 4.2.
H:Clause 6 Testing and Acceptance
P:6.1 After installation the Equipment shall run at the Site for 30 consecutive days as a trial run.
P:6.2 The acceptance criteria are: every buoy reports all six parameters at the agreed interval; at least 98% of scheduled readings are received by the software during the trial run; readings agree with the Buyer's laboratory reference samples within the tolerances in Annex 2; low-oxygen alarms reach the duty manager's phone within 60 seconds in three tests; and the documents under Clause 2.3 have been delivered.
P:6.3 When the criteria are met, the Buyer shall sign the Final Acceptance certificate within 7 days. If they are not met, the Supplier shall correct the defects within 15 days and the trial run shall be repeated.
P:6.4 Use of the Equipment during the trial run, or any payment, does not mean acceptance.
H:Clause 7 Warranty
P:7.1 The Supplier warrants the Equipment against defects in design, materials and workmanship for 24 months from Final Acceptance. During this period the Supplier shall repair or replace defective Equipment free of charge, including freight and customs costs, and recalibrate sensors every quarter.
P:7.2 Fault response: for a critical fault (three or more buoys or a gateway offline, or a failed oxygen alarm) the Supplier shall respond by telephone or remote session within 2 hours and, where needed, have an engineer at the Site within 48 hours; for other faults, respond within 1 business day.
P:7.3 For each hour by which the Supplier exceeds the critical-fault response time, the Supplier shall pay CNY 800, and for each day by which it exceeds the on-site time, CNY 2,000.
P:7.4 After the warranty period, the Buyer may order annual maintenance at 7% of the Hardware and Licence Subtotal, that is CNY 68,880 per year, fixed for three years. Maintenance is ordered by the Buyer year by year and does not renew automatically.
P:7.5 The Supplier shall keep a stock of spare parts for the Equipment in Zhanjiang or Guangzhou during the warranty period and shall make spare parts available for purchase for at least seven years after Final Acceptance.
H:Clause 8 Intellectual Property
P:8.1 The software and firmware in the Equipment remain the Supplier's property and are licensed to the Buyer perpetually for use at the Site.
P:8.2 Site-specific configurations, alarm rules, interface programs to the Buyer's farm management system and their documentation belong to the Buyer, which may use and modify them freely and have third parties do so.
H:Clause 9 Data Security
P:9.1 Buyer Data belongs to the Buyer. The Supplier may access it only to install, support and maintain the Equipment.
P:9.2 The Supplier shall access the software remotely only with the Buyer's approval for each session through the Buyer's VPN, shall not copy Buyer Data to its own systems, and shall keep access logs.
P:9.3 The Supplier shall report any security incident affecting Buyer Data within 12 hours and is liable for losses caused by its breach of this Clause 9.
H:Clause 10 Confidentiality
P:Each party shall keep confidential the other party's non-public information received under this Contract, including the Buyer's farm layout, stocking data and production figures, and shall not disclose it to third parties without prior written consent. This obligation lasts for three years after the Contract ends.
H:Clause 11 Liability
P:The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of Clauses 9 and 10, which are not limited.
H:Clause 12 Subcontracting
P:The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. Boat hire for installation is not subcontracting. The Supplier remains responsible for any approved subcontractor.
H:Clause 13 Termination
P:The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 15 days after notice, or if the delay damages under Clause 5.2 reach their maximum. The Supplier shall then refund all amounts paid for Equipment that the Buyer returns.
H:Clause 14 Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Zhanjiang Arbitration Commission for arbitration in Zhanjiang.
H:Clause 15 Force Majeure
P:Neither party is liable for delay caused by typhoons, earthquakes, epidemics or other events beyond its reasonable control, provided it notifies the other party within 5 days and takes reasonable steps to limit the delay. If such an event lasts more than 60 days, either party may end the Contract by written notice, and the Supplier shall refund amounts paid for Equipment not delivered.
H:Clause 16 Training
P:The Supplier shall train up to 15 of the Buyer's technicians and pond managers at the Site for at least three days, covering daily checks, cleaning of sensors, calibration, replacement of parts and use of the software, and shall provide a written test at the end of the training.
H:Clause 17 General
P:Annex 1: Site plan and buoy positions. Annex 2: Technical specification and measuring tolerances. This Contract is made in English and Chinese; both texts are equally valid.
P:For the Buyer: ____________________    For the Supplier: ____________________
P:Date: ____________________
"""

E04 = """# MANAGED NETWORK AND GUEST WI-FI SERVICES AGREEMENT

**Agreement No.** ANM-2025-CN-07

**Service Provider:** Andaman Managed Networks Co., Ltd., 52/9 Phang Nga Road, Talat Yai, Mueang Phuket, Phuket 83000, Thailand ("Provider").

**Customer:** Kunming Caiyun Hotels Group Co., Ltd., 301 Dianchi Road, Xishan District, Kunming, Yunnan Province, People's Republic of China ("Customer").

**Background.** Customer owns and operates eight mid-scale hotels in Yunnan. Provider designs and operates hotel networks for resorts in Phuket and across the region. Customer wishes Provider to take over the day-to-day management of the hotels' networks and guest Wi-Fi. All charges are in CNY, as Customer requested.

## 1. Definitions and Interpretation

1.1 "Services" means the managed network and guest Wi-Fi services described in Schedule 1.

1.2 "Sites" means the eight hotels listed in Schedule 1.

1.3 "Service Commencement Date" means the date on which Provider has completed onboarding at all Sites and Customer has signed the onboarding certificate under Clause 4.3.

1.4 "Customer Data" means network configurations, guest log-in records, usage logs and any other data of Customer or its guests that Provider handles in providing the Services.

1.5 The Schedules form part of this Agreement.

## 2. Term

2.1 This Agreement starts on signature and continues for 36 months from the Service Commencement Date (the "Initial Term").

2.2 This Agreement ends at the end of the Initial Term unless the parties sign a written extension. There is no automatic renewal.

## 3. Services

3.1 Provider shall monitor and manage Customer's core switches, access switches, firewalls, wireless controllers and 1,240 access points at the Sites on a 24x7 basis from its network operations centre, and shall provide guest Wi-Fi authentication through Customer's WeChat service account.

3.2 Provider shall handle all incidents and changes through its service desk, keep configuration backups, apply firmware updates after testing, and replace failed devices from a spares pool kept in Kunming.

3.3 Provider shall provide a monthly service report and attend a quarterly service review with Customer. The report shall show availability per Site, incidents by priority, changes made, firmware status and open risks.

3.4 Provider shall support Customer's hotel openings, renovations and large events, such as conferences and weddings, by adjusting bandwidth and coverage at the request of the hotel, subject to five business days' notice.

3.5 Provider shall keep an up-to-date inventory of all devices, licences and circuits at the Sites and share it with Customer every quarter.

## 4. Onboarding

4.1 Provider shall complete onboarding at all Sites within 75 days after signature, following the plan in Schedule 1.

4.2 If onboarding at all Sites is not complete by that date for reasons attributable to Provider, Provider shall pay Customer CNY 1,200 for each day of delay, up to CNY 60,000.

4.3 Onboarding is complete when: every device at the Sites appears in Provider's monitoring system with alarms tested; configuration backups of all devices have been taken; guest Wi-Fi log-in works at every Site in a test of 20 rooms per hotel; the escalation matrix has been agreed; and Customer's IT manager signs the onboarding certificate. Customer shall sign or list deficiencies within 7 days after Provider's request.

## 5. Charges and Payment

5.1 The charges are set out in Schedule 2.

5.2 The onboarding fee is invoiced after the Service Commencement Date. The monthly charge is invoiced monthly in arrears from the Service Commencement Date.

5.3 Customer shall pay undisputed invoices within 30 days. No advance payment is due under this Agreement.

## 6. Service Levels and Service Credits

6.1 Provider shall meet the service levels in Schedule 3 and report its performance monthly.

6.2 If a service level is missed, Provider shall credit Customer the amounts in Schedule 3 against the next invoice. Service credits are not the sole remedy.

## 7. Customer Data

7.1 Customer Data belongs to Customer. Provider may use Customer Data only to provide the Services to Customer and for no other purpose, and shall return it to Customer at the end of this Agreement.

## 8. Intellectual Property

8.1 Provider's tools, monitoring platform and methods remain Provider's property.

8.2 Network designs, configurations, scripts and documentation prepared specifically for Customer belong to Customer, which may use, modify and hand them to any later service provider without restriction.

## 9. Confidentiality

9.1 Each party shall keep confidential the other party's non-public business, technical and financial information, use it only for this Agreement and disclose it only to employees and advisers who need to know it and who are bound by similar duties.

9.2 These obligations continue for three years after this Agreement ends.

## 10. Personnel and Subcontracting

10.1 Provider shall assign a named service delivery manager and shall keep engineers able to attend each Site in Kunming, Dali and Lijiang.

10.2 Provider shall not subcontract any part of the Services without Customer's prior written consent and remains responsible for any approved subcontractor.

10.3 Provider's engineers shall comply with Customer's hotel rules, including rules on guest privacy, dress code and access to back-of-house areas, and shall carry identification badges at all times.

10.4 Provider shall give Customer at least 30 days' notice before replacing the service delivery manager and shall propose a replacement of similar experience.

## 11. Customer Responsibilities

11.1 Customer shall give Provider's engineers access to the Sites, supply power and rack space, and name a contact person at each hotel.

11.2 Customer shall not change device configurations without informing Provider's service desk.

11.3 Customer shall keep the hardware at each Site under maintenance with the manufacturer or allow Provider to arrange replacement devices at Customer's cost, as agreed case by case.

## 12. Liability

12.1 Neither party is liable for indirect or consequential losses or loss of profit.

12.2 Provider is liable for loss of or damage to Customer's equipment caused by its engineers, and for fines imposed on Customer because Provider failed to apply a configuration required by law that Customer had asked for in writing.

12.3 Each party's total liability under this Agreement is limited to 150% of the total charges payable over the Initial Term. The limit does not apply to personal injury or wilful misconduct.

## 13. Termination

13.1 This Agreement may not be terminated by Customer before the end of the Initial Term. Customer's remedies for service failures are the service credits under Clause 6 and damages under Clause 12.

13.2 Either party may terminate this Agreement by written notice if the other party becomes insolvent or ceases business.

13.3 Customer may ask Provider to add or remove Sites during the Initial Term; the monthly charge is then adjusted in proportion to the number of access points, as agreed in a written change order.

13.4 At the end of this Agreement Provider shall hand over all configurations, passwords and documentation and cooperate for 30 days with any new provider.

## 14. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Kunming Arbitration Commission for arbitration in Kunming.

## 15. General

15.1 This Agreement is the entire agreement between the parties on its subject. Changes must be in writing and signed by both parties.

15.2 Notices are given in writing to the addresses above.

15.3 This Agreement is signed in English and Chinese, and both versions have equal force.

**For Provider:** ____________________   **For Customer:** ____________________

## Schedule 1 — Sites and Scope

| Site | City | Rooms | Access points |
|---|---|---|---|
| Caiyun Hotel Dianchi | Kunming | 268 | 236 |
| Caiyun Hotel Cuihu | Kunming | 192 | 168 |
| Caiyun Hotel Airport | Kunming | 220 | 184 |
| Caiyun Hotel Erhai | Dali | 156 | 142 |
| Caiyun Hotel Ancient Town | Dali | 118 | 110 |
| Caiyun Hotel Old Town | Lijiang | 134 | 126 |
| Caiyun Hotel Shuhe | Lijiang | 96 | 92 |
| Caiyun Hotel Yuxi | Yuxi | 208 | 182 |

## Schedule 2 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Onboarding fee | one-time | 58,000 |
| Monthly managed service charge | CNY 46,500 per month x 36 months | 1,674,000 |
| Total charges over the Initial Term | | 1,732,000 |

## Schedule 3 — Service Levels and Credits

| Service level | Target | Service credit if missed |
|---|---|---|
| Network availability per Site per month | 99.95% | 5% of the monthly charge for each 0.1 percentage point below target |
| Priority 1 (Site offline or guest Wi-Fi down) response | 15 minutes | CNY 500 per 15 minutes late |
| Priority 1 restoration | 3 hours | CNY 1,000 per hour late |
| Priority 2 (partial outage) response | 1 hour | CNY 200 per hour late |
| Change requests | 2 business days | none |
"""

E05 = """DATA API SUBSCRIPTION AGREEMENT

Agreement No. VDL-API-2025-112

PARTIES
(1) Visayas Data Labs Inc., a corporation organised under the laws of the Philippines, with its office at 8th Floor, Ayala Business Tower, Cebu Business Park, Cebu City 6000, Philippines ("Vendor"); and
(2) Yiwu Xinlan Cross-Border Trading Co., Ltd., a company registered in Yiwu, Zhejiang Province, People's Republic of China, with its office at 1200 Chouzhou North Road, Yiwu ("Customer").

BACKGROUND
(A) Vendor operates the Visayas Address API, which validates, standardises and geocodes delivery addresses in the Philippines, Indonesia, Malaysia, Thailand and Vietnam.
(B) Customer ships small parcels of household goods and accessories to online buyers in Southeast Asia through several marketplaces and its own web shop, and wishes to check and correct delivery addresses at checkout and again before dispatch, to reduce failed deliveries and returns.
(C) At Customer's request, all fees are in CNY.

1. DEFINITIONS
1.1 "API" means Vendor's address validation, standardisation and geocoding interfaces described in the Schedule.
1.2 "Subscription Year" means each period from 1 November to 31 October of the following calendar year during the Term.
1.3 "Customer Data" means all addresses, order references and other data that Customer submits to the API, and the results returned to Customer.
1.4 "Integration Work" means the mapping tables, connectors and test scripts that Vendor prepares for Customer's order system under Clause 3.

2. TERM
2.1 This Agreement runs for two Subscription Years, from 1 November 2025 to 31 October 2027 (the "Term").
2.2 This Agreement expires at the end of the Term. Any extension must be agreed in writing; it does not renew automatically.

3. SUBSCRIPTION AND INTEGRATION
3.1 Vendor grants Customer a non-exclusive, non-transferable right during the Term to call the API from Customer's systems and to use the results in its business, for up to 3,000,000 calls in each Subscription Year.
3.2 Vendor shall assign an integration engineer who is available during China business hours until integration acceptance and for 30 days afterwards.
3.3 Vendor shall connect the API to Customer's order management system, map its address fields for the five countries, and provide sandbox and production credentials.
3.4 Vendor shall provide production credentials and complete the Integration Work by 15 November 2025. If it fails to do so for reasons attributable to Vendor, Vendor shall pay Customer CNY 300 for each day of delay, up to CNY 15,000.
3.5 Integration acceptance: Customer shall test the Integration Work in the sandbox against a sample of 2,000 historical addresses. The Integration Work is accepted when at least 95% of deliverable addresses in the sample are validated and standardised correctly, the median response time for single calls measured from Customer's server is below 400 milliseconds, and the connector handles errors and retries as specified in the Schedule. Customer shall confirm acceptance in writing or list the defects within 10 business days after Vendor's notice of completion.

4. FEES AND PAYMENT
4.1 Fees:
Subscription fee, Subscription Year 1 (up to 3,000,000 calls): CNY 168,000
Subscription fee, Subscription Year 2 (up to 3,000,000 calls): CNY 168,000
Integration Work (one-time): CNY 24,000
Total fees for the Term: CNY 360,000
4.2 Calls above 3,000,000 in a Subscription Year are charged at CNY 0.06 per call, invoiced quarterly in arrears.
4.3 The subscription fee for each Subscription Year is invoiced on the first day of that Subscription Year. The Integration Work fee is invoiced after integration acceptance. Invoices are payable within 30 days.
4.4 The fees for the Term are fixed and include all taxes except withholding tax, if any, which Customer may deduct as required by law.

4.5 Customer may reduce the number of countries covered at the start of Subscription Year 2 by written notice given 60 days in advance; the fee for that Subscription Year is then reduced by CNY 24,000 per country removed.

5. SERVICE AVAILABILITY AND SUPPORT
5.1 Vendor will use commercially reasonable efforts to keep the API available and to correct errors reported by Customer.
5.2 Support is provided by e-mail on Philippine business days. Vendor does not commit to any availability level, response time or resolution time, and no service credits apply.
5.3 Vendor will keep a public status page and publish notices of outages it becomes aware of.
5.4 Vendor may carry out maintenance at any time and will try to announce planned maintenance in advance on its status page.

6. CUSTOMER DATA
6.1 Customer Data belongs to Customer.
6.2 Customer grants Vendor a perpetual, irrevocable licence to retain and use the addresses submitted by Customer, in de-identified and aggregated form, to improve Vendor's reference address database and to develop and offer Vendor's products to other clients. This licence survives the end of this Agreement.
6.3 Except as set out in Clause 6.2, Vendor shall use Customer Data only to provide the API to Customer.

7. DATA SECURITY
7.1 Vendor shall protect Customer Data with appropriate technical and organisational measures, including encryption in transit and at rest, access control with multi-factor authentication, logging of administrative access and annual penetration tests.
7.2 Customer Data that contains personal information shall be processed in accordance with the Personal Information Protection Law of the People's Republic of China and the data protection law of the Philippines. The parties shall sign the standard contract for cross-border transfer of personal information where required.
7.3 Vendor shall notify Customer within 24 hours after becoming aware of any unauthorised access to Customer Data and shall take immediate steps to contain it. Vendor is liable for losses suffered by Customer as a result of Vendor's breach of this Clause 7.

8. INTELLECTUAL PROPERTY
8.1 Vendor owns the API, its software and its reference data.
8.2 The Integration Work belongs to Customer. Vendor shall deliver its source code at integration acceptance. Customer may use, modify and license the Integration Work freely, including through third parties.

9. CONFIDENTIALITY
Each party shall keep confidential all non-public information received from the other party, use it only for this Agreement and not disclose it to third parties without prior written consent, except as required by law. This obligation lasts for three years after the Term ends.

10. SUBCONTRACTING
Vendor shall not subcontract the Integration Work or any support obligation without Customer's prior written consent. The use of Vendor's existing cloud hosting provider, named in the Schedule, is approved.

11. LIABILITY
11.1 Neither party is liable for indirect or consequential loss or loss of profits.
11.2 Each party's total liability under this Agreement is limited to 150% of the total fees for the Term stated in Clause 4.1, except for fraud, wilful misconduct and breach of Clauses 7 and 9, which are not limited.

12. TERMINATION
12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.
12.2 If Customer terminates under Clause 12.1, Vendor shall refund the subscription fee paid for the remainder of the current Subscription Year.
12.3 Customer may also terminate this Agreement by 30 days' written notice if Vendor materially changes the API in a way that breaks the Integration Work and does not provide a workaround within that period.
12.4 On expiry or termination, Vendor shall return Customer Data in a standard format on request and delete it from its systems within 30 days, subject to Clause 6.2.

13. GOVERNING LAW AND DISPUTES
This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai.

14. CUSTOMER OBLIGATIONS
14.1 Customer shall keep its API keys secure, shall not share them with third parties and shall notify Vendor promptly of any suspected misuse.
14.2 Customer shall not resell the API or use the results to build a competing address database.
14.3 Customer is responsible for informing its buyers, where required by law, that their delivery addresses are checked by a service provider.

15. GENERAL
15.1 This Agreement, with its Schedule, is the entire agreement of the parties on its subject.
15.2 Amendments must be in writing and signed by both parties.
15.3 Neither party may assign this Agreement without the other's written consent.
15.4 Notices must be in writing and sent by courier or e-mail to the addresses above.

SCHEDULE
Part 1. Endpoints: validate, standardise, geocode and batch (up to 1,000 addresses per file).
Part 2. Request limits: 50 calls per second per API key; batch files are processed in the order received.
Part 3. Error codes and retry rules: the connector retries a failed call three times with increasing intervals and then queues the order for manual review.
Part 4. Approved hosting provider: the cloud provider named by Vendor on signature, with data centres in Singapore.
Part 5. Reports: a monthly usage report showing calls by country and endpoint, sent by e-mail to Customer's IT contact.

SIGNATURES
For Vendor: ____________________ Name / Title / Date
For Customer: ____________________ Name / Title / Date
"""

# ---------------------------------------------------------------- files
FILES = {  # key: (file name, format, lang)
    "z01": ("h588z01_statistics_bureau_enterprise_reporting_platform.pdf", "pdf", "zh"),
    "z02": ("h588z02_copper_plant_caster_control_retrofit.docx", "docx", "zh"),
    "z03": ("h588z03_swim_school_chain_membership_saas.txt", "txt", "zh"),
    "z04": ("h588z04_cdc_immunisation_system_annual_om.txt", "txt", "zh"),
    "z05": ("h588z05_soy_milk_filling_software_supplier_template.md", "md", "zh"),
    "e01": ("h588e01_hotel_pms_licence_bali_vendor.pdf", "pdf", "en"),
    "e02": ("h588e02_helpdesk_saas_order_form_penang_vendor.md", "md", "en"),
    "e03": ("h588e03_aquaculture_water_sensors_palawan_vendor.docx", "docx", "en"),
    "e04": ("h588e04_hotel_managed_network_phuket_vendor.md", "md", "en"),
    "e05": ("h588e05_address_data_api_cebu_vendor.txt", "txt", "en"),
}
SRC = {"z01": Z01, "z02": Z02, "z03": Z03, "z04": Z04, "z05": Z05,
       "e01": E01, "e02": E02, "e03": E03, "e04": E04, "e05": E05}

# ---------------------------------------------------------------- labels
KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]


def lab(cat, kind, value, terms, sla=True, ld=True, capped=None, deemed=False):
    t = dict(zip(KEYS, terms))
    t["contract_kind"] = kind
    x = {"sla_clause": sla, "ld_stated": ld}
    if kind == "goods_or_licence":
        x["post_warranty_fee_capped"] = capped
    x["acceptance_deemed_on_delivery"] = deemed
    x["contract_value"] = value
    return cat, t, x


G, S = "goods_or_licence", "service"
LABELS = {
    # avail, p1, remedy, ip, dsec, owns, conf, ld, cap, prepay, acc, final, warr, pwf, auto, term, sub, law
    "z01": lab("software", G, 2240000, [99.95, 0.5, True, "buyer", True, True, True, 0.1, None, 20, True, True, 36, 8,
                                        False, True, False, "PRC"], capped=True),
    "z02": lab("hardware", G, 2000000, [None, 1, True, "buyer", True, True, True, None, None, 10, True, True, 24, 6.5,
                                        False, True, True, "PRC"], ld=False, capped=True),
    "z03": lab("cloud", S, 897600, [99.5, 0.5, True, "buyer", True, False, True, 600 / 897600 * 100, None, None, True,
                                    None, None, None, True, True, False, "PRC"]),
    "z04": lab("services", S, 708000, [99.95, 0.25, True, "buyer", True, True, False, 0.02, None, None, True, None,
                                       None, None, False, True, False, None]),
    "z05": lab("software", G, 1270000, [None, 8, False, "supplier", True, True, True, 0.02, 20, 55, False, False, 6, 35,
                                        False, True, None, None], capped=True, deemed=True),
    "e01": lab("software", G, 1110000, [None, 1, True, "buyer", True, True, True, 0.1, 150, 20, True, True, 18, 11,
                                        False, True, False, "Indonesia"], capped=True),
    "e02": lab("cloud", S, 609600, [99.95, 0.5, True, "buyer", True, True, True, 450 / 609600 * 100, 6 / 24 * 100, None,
                                    True, None, None, None, True, True, True, "PRC"]),
    "e03": lab("hardware", G, 1124000, [None, 2, True, "buyer", True, True, True, 0.08, 200, None, True, True, 24, 7,
                                        False, True, False, "PRC"], capped=True),
    "e04": lab("services", S, 1732000, [99.95, 0.25, True, "buyer", False, True, True, 1200 / 1732000 * 100, 150, None,
                                        True, None, None, None, False, False, False, "PRC"]),
    "e05": lab("services", S, 360000, [None, None, False, "buyer", True, False, True, 300 / 360000 * 100, 150, None, True,
                                       None, None, None, False, True, False, "PRC"], sla=False),
}
# design facts used only for the TCO check (not label keys): fee base (itemised licence / hardware subtotal)
FEE_BASE = {"z01": 1180000, "z02": 1572000, "z05": 720000, "e01": 714000, "e03": 984000}
FOREIGN_FORUM = {"e01"}  # BANI Denpasar

DESIGN = {  # the rules I designed each draft to trigger
    "z01": [], "e03": [], "e01": ["CR-GOVERNING-LAW"],
    "z02": ["CR-LD-MISSING", "CR-SUBCONTRACT"],
    "z03": ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"],
    "z04": ["CR-CONFIDENTIALITY", "CR-LD-LOW"],
    "z05": ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
            "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
    "e02": ["CR-AUTO-RENEWAL", "CR-LIABILITY-CAP", "CR-SUBCONTRACT"],
    "e04": ["CR-DATA-SECURITY", "CR-TERMINATION"],
    "e05": ["CR-DATA-OWNERSHIP", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def tco_share(key, t, x):
    """Policy §4: horizon 5 years from acceptance, warranty from acceptance, fee base = itemised subtotal."""
    if t["post_warranty_fee_pct"] is None or not x.get("post_warranty_fee_capped"):
        return None
    years_after = max(0.0, 5 - t["warranty_months"] / 12)
    fees = FEE_BASE[key] * t["post_warranty_fee_pct"] / 100 * years_after
    return fees / (x["contract_value"] + fees) * 100


def my_rules(key, t, x):
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
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == "goods_or_licence":
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        pwf = t["post_warranty_fee_pct"]
        if pwf is None or not x["post_warranty_fee_capped"] or pwf > 15:
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(key, t, x)
        if share is not None and share > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or key in FOREIGN_FORUM:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(r in HIGH for r in rules):
        return "high"
    if any(r not in LOW for r in rules):
        return "medium"
    return "low"


# ---------------------------------------------------------------- threshold scan
NUM = r"(?<![\d.,])"
PATTERNS = [
    NUM + r"99\.90*(?!\d)\s*(?:%|％|per\s*cent|percent)",
    NUM + r"4\s*(?:小时|个小时|h\b|hrs?\b|hours?|-hour)", r"四个?小时", r"(?i)\bfour[\s-]*(?:\(4\)\s*)?hours?",
    NUM + r"240\s*(?:分钟|min)",
    NUM + r"0\.050*(?!\d)\s*(?:%|％|per\s*cent|percent)", r"万分之五(?![十百千\d点])", NUM + r"0\.5\s*‰",
    NUM + r"100(?:\.0+)?\s*(?:%|％|per\s*cent|percent)", r"百分之(?:一)?百", r"(?i)one\s+hundred\s+per\s*cent",
    NUM + r"30(?:\.0+)?\s*(?:%|％|per\s*cent|percent)", r"百分之三十(?![一二三四五六七八九点])", r"三成",
    r"(?i)thirty\s+per\s*cent",
    NUM + r"12\s*(?:个月|months?|-month)", r"十二个月", r"(?i)twelve[\s-]*(?:\(12\)\s*)?(?:calendar\s*)?months?",
    r"一年", r"(?i)\bone[\s-]*years?\b", NUM + r"1\s*(?:years?\b|-year)",
    NUM + r"15(?:\.0+)?\s*(?:%|％|per\s*cent|percent)", r"百分之十五(?![点])", r"(?i)fifteen\s+per\s*cent",
    NUM + r"40(?:\.0+)?\s*(?:%|％|per\s*cent|percent)", r"百分之四十(?![一二三四五六七八九点])", r"四成",
    r"(?i)forty\s+per\s*cent",
    NUM + r"5\s*(?:年|years?|-year)", r"五年", r"(?i)\bfive[\s-]*(?:\(5\)\s*)?years?", NUM + r"60\s*(?:个月|months?)",
    r"六十个月", r"(?i)sixty\s+months",
]
RX = [re.compile(p) for p in PATTERNS]
MUST_HIT = ["99.9%", "99.9 %", "99.90%", "4小时", "4 小时", "四小时", "four hours", "4 hours", "240分钟", "0.05%",
            "0.05 %", "万分之五", "100%", "百分之百", "30%", "百分之三十", "三成", "12个月", "12 months", "十二个月",
            "twelve months", "一年", "one year", "15%", "40%", "四成", "5年", "五年", "five years", "60 months",
            "5 years", "60个月"]
MUST_MISS = ["24小时", "24 hours", "99.95%", "115%", "0.15%", "150%", "2025年", "万分之五十", "服务年度", "14小时",
             "0.055%", "130%", "1100%", "112个月", "140%", "15年度"[:0] + "2015年", "Subscription Year", "24 months",
             "1,500", "99.5%", "0.06 per call", "万分之二", "5%", "45%", "35%"]


def hits(text):
    return [m.group(0) for rx in RX for m in rx.finditer(text)]


def self_test():
    for s in MUST_HIT:
        assert hits(s), "must hit: " + s
    for s in MUST_MISS:
        assert not hits(s), ("must miss", s, hits(s))


def variants(text):
    return [text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)]


# ---------------------------------------------------------------- build and read back
def read_back(path, kind):
    if kind == "docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append("\t".join(c.text for c in row.cells))
        return "\n".join(parts)
    if kind == "pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def length(text, lang):
    if lang == "zh":
        return len(re.sub(r"\s", "", text)), len(text)
    return len(text.split()), None


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    self_test()
    bin_targets = {k: (n, f) for k, (n, f, _) in FILES.items() if f in ("docx", "pdf")}
    write({k: SRC[k] for k in bin_targets}, bin_targets, OUT, wrap_words=True)
    for k, (n, f, _) in FILES.items():
        if f in ("txt", "md"):
            (OUT / n).write_text(SRC[k], encoding="utf-8")
    covered, problems = set(), []
    for k, (n, f, lang) in FILES.items():
        text = read_back(OUT / n, f)
        a, b = length(text, lang)
        ok = (2750 <= a <= 3000 and 2750 <= b <= 3000) if lang == "zh" else (1450 <= a <= 1650)
        if not ok:
            problems.append((k, "length", a, b))
        for v in variants(text) + variants(SRC[k]):
            h = hits(v)
            if h:
                problems.append((k, "threshold", h[:5]))
                break
        cat, t, x = LABELS[k]
        rules = my_rules(k, t, x)
        if rules != sorted(DESIGN[k]):
            problems.append((k, "rules", rules, sorted(DESIGN[k])))
        share = tco_share(k, t, x) if t["contract_kind"] == G else None
        if share is not None and abs(share - 40) <= 2:
            problems.append((k, "tco near 40", share))
        thr = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
               "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
        for key, v in thr.items():
            if t[key] is not None and abs(t[key] - v) < 1e-9:
                problems.append((k, "on threshold", key))
        covered |= set(rules)
        stem = n.rsplit(".", 1)[0]
        label = {"file": n, "language": lang, "category": cat, "expected_terms": t, "expected_extra": x,
                 "expected_rules": rules}
        (OUT / (stem + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1), encoding="utf-8")
        print(f"{n:62s} {lang} len={a}{'/' + str(b) if b else ''} risk={risk(rules)} "
              f"tco={'' if share is None else round(share, 2)} {rules}")
    missing = set(ALL_RULES) - covered
    if missing:
        problems.append(("coverage", sorted(missing)))
    for p in problems:
        print("PROBLEM", p)
    assert not problems
    print("all checks passed; all 20 rules covered")


if __name__ == "__main__":
    main()
