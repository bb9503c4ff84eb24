"""holdout534: builds ten blind ORDINARY draft contracts and their labels, and checks them.

Run: /work/main/.venv/bin/python -B make_files.py (in this folder). Writes the ten contract files and ten .json labels
here, checks price sums, lengths (as read back), threshold-free text, and that the expected rules derived from the
labels (my own reading of policy.md section 3) match the design list and cover all 20 CR rules.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H534Z01 = """T:临澜市人民政府侨务办公室侨胞服务平台建设项目采购合同
P:合同编号：LLQB-2026-ZC-017　采购方式：公开招标（政府采购）
P:甲方（采购人）：临澜市人民政府侨务办公室
P:乙方（供应商）：临澜数智信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件（项目编号LLCG-2026-0142）、乙方投标文件和中标通知书，甲乙双方就侨胞服务平台的软件许可、定制开发及实施事项，经协商一致，订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供“侨胞服务平台”V3.2标准版软件永久许可，并完成以下定制开发：侨务事项在线办理（侨眷身份认定、归侨证明、涉侨法律咨询预约等14个事项）、侨批档案数字展馆、海外侨团联络管理、“侨胞之家”微信小程序，以及与市政务服务网统一身份认证的对接。
P:1.2 乙方负责历史数据迁移（侨胞档案约3.6万条、侨团信息约900条）、系统部署、等级保护测评配合和用户培训。
P:1.3 乙方应在合同签订之日起150日内完成部署并申请初验。
H:第二条 合同价款
P:本合同总价为人民币1,200,000元（大写：壹佰贰拾万元整），含税，包括软件许可、定制开发、数据迁移、实施、培训及质保期内全部服务费用。分项如下：
TB:序号|项目|金额（元）
TB:1|侨胞服务平台V3.2软件永久许可（不限用户数）|620,000
TB:2|定制开发（在线办理、数字展馆、侨团管理、小程序、统一身份认证对接）|460,000
TB:3|历史数据迁移|58,000
TB:4|部署实施|44,000
TB:5|培训（管理员及窗口人员）|18,000
TB:合计||1,200,000
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行预付款保函后15个工作日内，甲方支付合同总价的20%作为预付款，即240,000元。
P:3.2 系统初验合格后15个工作日内，甲方支付合同总价的45%，即540,000元。
P:3.3 系统最终验收合格后15个工作日内，甲方支付合同总价的35%，即420,000元。
P:3.4 乙方每次请款前应开具合法有效的增值税发票。甲方因财政资金拨付流程延误付款的，应及时书面告知乙方。
H:第四条 验收
P:4.1 初验：乙方完成部署和数据迁移后提出书面申请，甲方组织初验。初验标准为：全部功能符合招标文件技术需求清单；迁移数据经全量比对，条数和关键字段一致；统一身份认证对接连续10日无错误；500个并发用户下页面平均响应时间不超过2秒。
P:4.2 试运行：初验合格后试运行90日。试运行期间一级故障不超过1次且均按期修复，并取得第三方等级保护测评报告和源代码安全审计报告的，乙方可申请最终验收。
P:4.3 最终验收由甲方组织专家按前两款标准进行，并出具书面验收报告。系统上线、甲方使用或付款均不视为验收合格。验收不合格的，乙方应在15日内整改后重新申请验收。
H:第五条 服务水平
P:5.1 质保期内，平台月度可用率不低于99.95%（经甲方同意的计划内维护除外）。
P:5.2 故障分级及响应：一级故障（平台无法访问或在线办理中断）30分钟内响应、2小时内到场、8小时内恢复；二级故障（部分功能不可用）2小时内响应、24小时内解决；三级问题2个工作日内解决。
P:5.3 乙方未达到上述响应或恢复时限的，每超时1小时扣减1,000元；月度可用率每低于约定值0.01个百分点扣减1,500元。扣减款从应付款或履约保证金中抵扣。
H:第六条 质保与后续维护
P:6.1 质保期为最终验收合格之日起二十四个月。质保期内乙方免费提供缺陷修复、版本升级、安全补丁和技术支持。
P:6.2 质保期满后，如甲方需要继续维护，年度维护费不超过软件许可费的8%（即每个服务年度不超过49,600元），且在质保期满后的三个服务年度内不上调。维护合同另行签订，不自动续期。
H:第七条 知识产权
P:7.1 平台标准版软件的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:7.2 为本项目定制开发的程序、源代码、数据库设计、页面设计及文档的知识产权归甲方所有，乙方应在最终验收时交付全部源代码。甲方有权自行或委托第三方使用、修改和再开发。
H:第八条 数据安全
P:8.1 平台中的侨胞个人信息、档案资料及业务数据均属于甲方，乙方仅为履行本合同处理，不得用于其他任何目的，不得留存、复制或向第三方提供。
P:8.2 乙方应遵守《数据安全法》《个人信息保护法》，落实访问控制、加密存储、操作日志和堡垒机运维，远程维护须经甲方逐次批准。
P:8.3 发生或可能发生数据泄露的，乙方应在2小时内报告甲方并采取补救措施；因乙方原因造成数据泄露、篡改或丢失的，乙方承担全部赔偿责任及由此产生的法律责任。
H:第九条 保密
P:乙方对履行合同中知悉的甲方工作秘密和未公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务在合同终止后三年内持续有效。
H:第十条 违约责任
P:10.1 乙方逾期申请初验或逾期完成最终验收的，每逾期一日按合同总价的万分之八支付违约金；逾期超过60日的，甲方有权解除合同。
P:10.2 甲方无正当理由逾期付款的，每逾期一日按应付未付款的万分之三支付违约金。
P:10.3 乙方交付的系统不符合约定的，应在甲方规定的期限内免费整改，并赔偿甲方因此遭受的损失。
H:第十一条 分包
P:本项目不得转包或分包。
H:第十二条 合同解除
P:乙方严重违约，经甲方书面通知后15日内仍未纠正的，甲方有权书面解除本合同，并要求乙方赔偿损失。
H:第十三条 争议解决
P:本合同适用中华人民共和国法律。双方发生争议应协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十四条 项目管理与培训
P:14.1 乙方应指定具有同类政务平台实施经验的项目经理，项目经理在实施期内不得更换；确需更换的，应经甲方书面同意。乙方每周向甲方提交项目周报，说明进度、问题和下周计划。
P:14.2 乙方应为甲方系统管理员和窗口工作人员提供不少于三期的集中培训，并编制操作手册、管理员手册和常见问题解答，培训效果以甲方组织的上机考核为准。
P:14.3 乙方应遵守甲方的廉政规定，不得向甲方工作人员提供任何形式的不正当利益。
H:第十五条 其他
P:本合同一式六份，甲方四份、乙方二份，自双方签字盖章之日起生效。招标文件、投标文件及中标通知书为本合同的组成部分，与本合同具有同等效力。
P:甲方（盖章）：临澜市人民政府侨务办公室　　乙方（盖章）：临澜数智信息技术有限公司
P:法定代表人或授权代表：__________　　法定代表人或授权代表：__________
P:签订日期：2026年　月　日
"""

H534Z02 = """T:发酵罐控制系统改造及维保合同
P:合同编号：XY-SB-2026-031
P:甲方：梁溪鲜源味精有限公司
P:乙方：苏州恒控自动化工程有限公司
P:鉴于甲方发酵车间现有谷氨酸发酵罐十八台，原控制系统已运行多年、备件停产，甲方决定对发酵罐控制系统进行改造。乙方具备相应的工程能力，双方经协商一致，订立本合同。
H:一、工程内容
P:（一）乙方负责发酵车间控制系统的设计、供货、安装、程序开发、调试和培训，包括新建DCS控制站、更换溶氧、pH、温度及罐压在线传感器、补料计量泵变频改造、操作站及工程师站更换，以及发酵过程控制软件的部署。
P:（二）乙方应按甲方确认的工艺要求，完成补料、温度、溶氧、消泡等控制回路的组态与配方管理，并与甲方现有能源计量系统对接。
P:（三）乙方应在合同生效后20日内完成现场勘查，提交详细设计、I/O清单和切换方案，经甲方工艺、设备和安全部门审查确认后实施。设计须保留手动操作和紧急停车功能，任何情况下不得影响发酵罐的安全泄压。
P:（四）改造须按甲方排定的停罐计划分批实施，每批停罐不超过两台，不得影响其余发酵罐正常生产。
H:二、合同价款
P:（一）本合同总价为人民币1,340,000元（含税），明细见下表：
TB:序号|设备或服务|数量|单价（元）|金额（元）
TB:1|DCS控制站（含控制器、I/O卡件、机柜）|2套|186,000|372,000
TB:2|溶氧、pH、温度、罐压在线传感器|48套|6,500|312,000
TB:3|变频器及补料计量泵|16台|9,800|156,800
TB:4|操作站及工程师站|5台|14,600|73,000
TB:5|发酵过程控制软件许可（永久）|1套|168,000|168,000
TB:|硬件及软件许可小计|||1,081,800
TB:6|控制程序开发及配方工艺组态|1项|146,000|146,000
TB:7|安装调试（含停罐切换）|1项|98,200|98,200
TB:8|操作及维护培训|1项|14,000|14,000
TB:|合同总价|||1,340,000
P:（二）上述价款包括设备、软件、运输、保险、安装、调试、培训及质保期内服务的全部费用。
H:三、付款方式
P:（一）合同生效后10个工作日内，甲方支付合同总价的20%作为预付款，即268,000元。
P:（二）设备全部到货并经甲方签收后，甲方支付合同总价的50%，即670,000元。到货签收仅确认数量和外观，不视为质量验收。
P:（三）最终验收合格后，甲方支付合同总价的25%，即335,000元。
P:（四）剩余5%即67,000元作为质量保证金，质保期满且无未决质量问题后10个工作日内无息支付。
H:四、交货与验收
P:（一）乙方应在合同生效后60日内将全部设备运抵甲方现场，并在甲方通知的停罐窗口内完成安装调试。
P:（二）最终验收标准：每台改造后的发酵罐连续完成三个发酵批次；溶氧控制偏差不超过设定值的±3%，温度控制偏差不超过±0.3℃；全部报警点和联锁逐一测试合格；与能源计量系统的数据核对一致；乙方已交付竣工图、程序备份及操作手册。
P:（三）设备到货签收、单台投运或甲方生产使用均不视为验收合格。验收不合格的，乙方应在10日内整改并重新申请验收。
H:五、质保与维保
P:（一）质保期为最终验收合格之日起二十四个月，质保期内设备及软件的维修、更换和升级免费。
P:（二）质保期满后，甲方可委托乙方提供年度维保，年度维保费为硬件及软件许可小计的7%，即每个服务年度75,726元，在质保期满后的三个服务年度内不上调。维保合同另行签订，不自动续期。
H:六、服务响应
P:（一）一级故障（控制器失效、发酵罐失控或整批停产风险）：乙方30分钟内电话响应，2小时内到场，6小时内恢复控制。
P:（二）二级故障（单个回路或传感器故障）：2小时内响应，24小时内修复。
P:（三）乙方未按上述时限响应或到场的，每超时1小时向甲方支付800元；因乙方原因造成发酵批次报废的，乙方赔偿该批次的直接损失。
H:七、知识产权
P:（一）乙方提供的标准软件及设备内置软件的知识产权归原权利人所有，甲方获得永久使用许可。
P:（二）为本项目开发的控制程序、组态文件、配方模板及文档的知识产权归甲方所有，乙方应交付全部源程序，甲方可自行修改使用。
H:八、数据安全
P:（一）控制系统中的发酵工艺参数、配方、生产记录均属于甲方，乙方不得复制、留存或用于本合同以外的任何目的。
P:（二）乙方远程维护须经甲方书面批准并通过甲方指定的工控安全网关进行，全程记录日志；乙方人员使用的移动介质应经甲方查毒。
P:（三）发生数据泄露或被篡改的，乙方应在2小时内报告甲方；因乙方原因造成的，乙方承担全部赔偿责任。
H:九、保密
P:双方对在履行合同中获知的对方技术秘密和经营信息负有保密义务，未经对方书面同意不得披露。本条在合同终止后继续有效。
H:十、分包
P:乙方可将现场电缆敷设、桥架安装等辅助工程分包给具有相应资质的单位，但应在开工前5个工作日书面通知甲方。乙方对分包工作的质量和安全承担全部责任。
H:十一、违约责任
P:（一）乙方逾期交货或逾期完成最终验收的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
P:（二）甲方逾期付款的，每逾期一日按应付未付款的万分之二支付违约金。
P:（三）乙方严重违约，经甲方书面通知后15日内仍未纠正的，甲方有权解除合同，并要求乙方退还已付款项、赔偿损失。
H:十二、项目管理与技术资料
P:（一）乙方应指派具有发酵或食品行业控制系统改造经验的项目经理和工艺工程师驻场，项目经理未经甲方同意不得更换。乙方应在每批停罐前三日提交切换方案，经甲方生产部门会签后方可实施。
P:（二）乙方应向甲方交付：控制系统结构图、I/O清单、回路图、程序备份、组态说明、设备说明书、传感器标定记录和备件清单。所有资料提供纸质版和电子版各一套。
P:（三）乙方应为甲方中控室操作工和仪表维修人员提供现场培训，培训结束后由甲方组织考核，考核合格的人员应能独立完成配方切换和常见报警处理。
H:十三、安全生产
P:乙方人员进入甲方厂区应遵守甲方安全生产和食品生产卫生管理制度，动火、登高及受限空间作业须办理作业许可。因乙方原因发生安全事故的，由乙方承担责任。
H:十四、争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院起诉。
H:十五、其他
P:本合同一式四份，双方各执两份，经双方签字盖章后生效。附件：技术规格书、停罐实施计划。
P:甲方（盖章）：梁溪鲜源味精有限公司　　乙方（盖章）：苏州恒控自动化工程有限公司
P:代表签字：__________　　代表签字：__________
P:日期：2026年　月　日
"""

H534Z03 = """课程及会员管理SaaS服务及实施合同

合同编号：QMX-IT-2026-008
甲方：启明星早教科技（上海）有限公司（下称“甲方”，含其经营的30家早教中心）
乙方：杭州云芽软件有限公司
签订地点：上海市

鉴于甲方拟在其30家早教中心统一使用课程排课、会员管理及家长服务系统，乙方拥有“云芽早教云”SaaS平台，双方经友好协商，就订阅服务及实施事项达成如下协议。

1. 服务内容
1.1 乙方向甲方30家中心提供“云芽早教云”SaaS订阅服务，包括课程体系管理、排课与约课、会员卡及课时管理、家长端小程序、在线支付对账、教师绩效和经营报表功能。
1.2 乙方负责实施服务：各中心历史会员、课时余额及课程数据迁移，甲方品牌小程序配置，与甲方财务系统的收款对账接口，以及店长、前台和教师的培训。
1.3 实施期为合同生效之日起75日，由乙方制定实施计划并经甲方确认。

2. 服务期限
2.1 首个服务期自上线验收合格之日起共三个服务年度。
2.2 首个服务期届满前30日内，任何一方未书面提出不续约的，本合同自动续期一个服务年度，此后亦同。
2.3 每次续期时，乙方有权根据其产品价格调整订阅单价，上调幅度不超过上一服务年度单价的8%，乙方应在续期前以电子邮件通知甲方。

3. 费用
3.1 订阅费按中心数计收，每家中心每个服务年度9,600元，30家中心每个服务年度合计288,000元，首个服务期三个服务年度合计864,000元。
3.2 实施费为一次性费用96,000元。
3.3 本合同首个服务期总价为960,000元（含税）。
3.4 新增中心按每家每个服务年度9,600元计费，按实际使用月份折算。

4. 付款
4.1 实施费在上线验收合格后15个工作日内一次性支付。
4.2 订阅费按季度结算，每季度结束后10个工作日内，乙方提供服务报告和发票，甲方确认后支付当季订阅费72,000元。
4.3 本合同不设预付款。

5. 上线验收
5.1 乙方完成实施后书面申请上线验收。验收标准：30家中心会员数据、课时余额、储值余额与甲方原系统逐户核对一致；功能清单所列排课、约课、签到、消课、退费流程全部测试通过；家长端小程序在800名用户并发下关键页面响应不超过2秒；收款对账接口连续7日与财务系统一致。
5.2 甲方应在收到申请后10个工作日内组织验收并出具书面意见。试用、部分中心使用或付款均不视为验收合格。

6. 服务水平
6.1 平台月度可用率不低于99.5%，计划内维护应安排在每日22:00至次日6:00并提前3日通知。
6.2 一级故障（平台无法登录、约课或支付中断）：30分钟内响应，3小时内恢复；二级故障：2小时内响应，1个工作日内解决；一般问题：3个工作日内解决。
6.3 月度可用率低于约定值的，每低0.1个百分点，乙方按当月订阅费的5%给予服务抵扣；一级故障响应超时的，每次抵扣1,000元。当月抵扣合计不超过当月订阅费。

7. 数据归属与数据安全
7.1 甲方录入或在服务中产生的会员信息、儿童及家长个人信息、课程和交易数据均属于甲方。乙方仅为提供本合同服务处理上述数据，不得用于其他目的，不得向第三方提供。
7.2 乙方应将数据存储于中国境内具备等级保护三级备案的机房，采取加密存储、传输加密、最小权限和操作审计措施，并按《个人信息保护法》对不满十四周岁儿童的个人信息实行专门保护。
7.3 发生数据泄露等安全事件的，乙方应在2小时内通知甲方并协助处置；因乙方原因造成数据泄露或丢失的，乙方承担全部赔偿责任，包括甲方因此承担的行政罚款和对家长的赔偿。
7.4 合同终止后30日内，乙方应按甲方要求以通用格式返还全部数据，并在甲方确认后彻底删除。

8. 知识产权
8.1 平台软件及其升级版本的知识产权归乙方所有。
8.2 为甲方专门开发的品牌小程序页面、课程体系配置、报表模板及接口程序的知识产权归甲方所有，甲方可自行或委托他人使用、修改。

9. 保密
双方对履行本合同获知的对方商业秘密和未公开信息负有保密义务，未经对方书面同意不得向第三方披露，本条在合同终止后三年内有效。

10. 违约责任
10.1 因乙方原因未能按期通过上线验收的，每逾期一日，乙方向甲方支付600元违约金。
10.2 甲方逾期付款的，每逾期一日按应付金额的万分之三支付违约金。
10.3 乙方在本合同项下的累计赔偿责任以首个服务期合同总价的150%为限，但数据泄露、故意或重大过失造成的损失不受此限。

11. 分包
未经甲方书面同意，乙方不得将本合同项下的实施或运维工作分包给第三方。

12. 合同解除
12.1 乙方严重违约，或连续两个月月度可用率低于约定值，经甲方书面通知后15日内仍未纠正的，甲方有权解除本合同，乙方应退还已收取但尚未提供服务部分的费用。
12.2 甲方逾期付款超过60日的，乙方可书面催告后暂停服务。

13. 双方义务与客户服务
13.1 甲方应指定项目负责人，按实施计划提供各中心的历史数据、课程体系资料和门店信息，并组织店长和教师参加培训。
13.2 乙方应为甲方配备专属客户成功经理，每季度到甲方总部回顾一次服务情况，提交可用率、故障、工单和功能使用情况报告，并收集门店改进需求。
13.3 乙方发布新版本前应提前7日通知甲方主要变更内容；涉及家长端支付流程或会员权益计算规则的变更，应先在甲方测试环境验证并经甲方确认。
13.4 乙方应为甲方新开业中心在开业前10个工作日完成开通和培训，费用按第3.4条计收。

14. 服务变更与数据迁出
14.1 甲方关闭或转让部分中心的，可提前30日书面通知乙方，自下一季度起相应减少订阅中心数和订阅费。
14.2 服务终止或减少中心时，乙方应配合甲方将相关中心的会员、课时和交易数据完整导出，并提供字段说明，导出服务不另收费。
14.3 乙方变更平台数据中心或主要云服务商的，应提前60日通知甲方，并保证数据迁移期间服务不中断。

15. 不可抗力
因地震、火灾、政府行为等不可抗力导致不能履行的，受影响方应在3日内通知对方并提供证明，在不可抗力影响范围内免责，但应尽力减少损失。云服务商机房故障不属于不可抗力。

16. 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，提交上海仲裁委员会按其仲裁规则仲裁。

17. 其他
本合同一式两份，双方各执一份，自双方盖章之日起生效。附件：功能清单、中心名单、实施计划。

甲方（盖章）：启明星早教科技（上海）有限公司
乙方（盖章）：杭州云芽软件有限公司
授权代表：__________　　授权代表：__________
日期：2026年　月　日
"""

H534Z04 = """滨湖市城市公园管理处智慧公园系统运维服务合同

项目编号：BHCG-2026-CS-023（竞争性磋商）
甲方（采购人）：滨湖市城市公园管理处
乙方（成交供应商）：滨湖易园智慧城市运营服务有限公司

根据《中华人民共和国政府采购法》及其实施条例、本项目竞争性磋商文件、乙方响应文件和成交通知书，甲乙双方就滨湖中心公园、湿地公园、北山森林公园三处公园智慧公园系统的运维服务，订立本合同。

（1）服务范围
乙方负责三处公园智慧公园系统的日常运维，包括：智慧公园管理平台、客流统计摄像机、视频监控、停车场道闸及收费系统、园区广播、智能灯杆、游客服务一体机、环境监测站、步道计步桩及相关网络设备。设备清单见附件一。

（2）服务期限
服务期自2026年1月1日起至2026年12月31日止。服务期满后本合同终止，后续运维由甲方依法重新采购，本合同不自动续期。

（3）服务内容
a. 驻场运维：乙方在滨湖中心公园派驻运维人员2名，每日8:00至18:00在岗，节假日及大型活动期间按甲方要求增加人员。
b. 巡检：前端设备每月巡检一次，网络及平台每周巡检一次，巡检记录次日上传平台。
c. 维修：设备故障的诊断、维修和备件更换，单件备件价值2,000元以下的由乙方承担。
d. 平台运维：系统监控、数据备份、漏洞修补、账号管理和运行报告。
e. 应急保障：春节、国庆等节假日及甲方举办活动期间的现场保障。

（4）服务费用
本合同总价为人民币586,000元（含税），构成如下：
驻场运维服务费 342,000元
设备巡检及维修（含备件）168,000元
平台软件运维 52,000元
节假日及活动应急保障 24,000元
合计 586,000元

（5）付款方式
服务费按季度支付。每季度结束后，甲方按本合同第（7）项组织季度考核，考核合格后10个工作日内支付当季服务费146,500元。本合同不设预付款。

（6）服务水平
a. 智慧公园管理平台月度可用率不低于99.95%。
b. 一级故障（平台瘫痪、全园广播或监控中断、停车场道闸全部失效）：乙方30分钟内响应，1小时内到场，3小时内恢复；二级故障（单点设备故障）：1小时内响应，当日修复；三级问题：3个工作日内处理完毕。
c. 乙方未按时限响应、到场或恢复的，每超时1小时扣减当季服务费500元；平台月度可用率低于约定值的，每低0.01个百分点扣减当季服务费800元。

（7）考核与验收
a. 季度考核：甲方每季度按考核细则对巡检完成情况、工单按时闭环情况、故障响应记录和运行报告进行评分，满分100分，80分以上为合格，不合格的扣减当季服务费的5%，并由乙方限期整改。
b. 年度验收：服务期满前，甲方按磋商文件服务要求及四个季度考核结果组织验收，设备台账、巡检记录、维修记录和运行报告齐全且考核均合格的，为验收合格。
c. 甲方使用或付款不视为验收合格。

（8）数据安全
a. 平台中的客流数据、车牌信息、监控视频及游客信息均属于甲方，乙方仅为本合同运维目的访问，不得复制、留存或另作他用。
b. 乙方应落实账号实名、最小权限、运维操作日志、视频数据加密存储和定期备份等安全措施，远程运维须经甲方批准。
c. 发生数据泄露、篡改或丢失的，乙方应在2小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任。

（9）知识产权
运维期间形成的巡检报告、配置文档、运维脚本和台账的知识产权归甲方所有。平台原有软件的知识产权仍归原权利人所有。

（10）人员管理
乙方驻场人员应具备相应的网络及弱电维护经验，名单报甲方备案；人员更换应提前5个工作日告知甲方，且不得降低资质条件。乙方应为其人员缴纳社会保险，承担其人员的安全责任。

（11）服务交接与运行报告
a. 乙方应于2026年1月1日起进场服务，进场前与原运维单位完成设备台账、账号密码、备件和未完成工单的交接，交接清单由甲方确认。
b. 乙方每月5日前提交上月运行报告，内容包括设备运行情况、故障及处理、巡检完成率、工单统计、客流及停车数据异常情况和改进建议；重大活动结束后3日内提交保障总结。
c. 服务期满前30日，乙方应整理完整的设备台账、配置文档、运维记录和账号清单，向甲方或甲方指定的后续服务单位移交，并配合交接不少于10日。

（12）安全与文明作业
a. 乙方人员在园区作业应佩戴工作证，遵守公园管理规定，高处作业、带电作业和水域周边作业应落实安全措施，不得影响游客通行和游园秩序。
b. 乙方应对驻场人员进行安全和服务礼仪培训，因乙方作业造成游客或第三方人身、财产损害的，由乙方承担责任。
c. 乙方应制定台风、暴雨、大客流等突发情况下的应急预案，报甲方备案，并每半个服务期至少组织一次联合演练，演练记录纳入季度考核。
d. 甲方为乙方驻场人员提供值班场所和必要的办公条件，并指定联系人负责日常工作协调。

（13）备件与耗材管理
a. 乙方应在滨湖中心公园设立备件库，常用备件（摄像机、道闸电机、广播功放、网络交换机、灯杆控制器等）的库存数量不少于附件一所列数量，备件台账每月报甲方备案。
b. 单件价值2,000元及以上的备件，由乙方提出更换申请并报价，经甲方确认后更换，费用由甲方另行支付；更换下来的旧件应交回甲方。
c. 乙方使用的备件应为原厂或性能不低于原设备的合格产品，并提供合格证明。

（14）甲方的权利和义务
a. 甲方有权随时检查乙方的巡检、维修和值班情况，对不符合要求的事项要求乙方限期整改。
b. 甲方应及时提供平台管理账号、设备资料和必要的现场配合，按约定支付服务费。

（15）违约责任
a. 乙方未按合同约定日期进场开展服务的，每逾期一日向甲方支付500元违约金。
b. 季度考核连续两次不合格的，乙方应向甲方支付当季服务费10%的违约金。
c. 甲方无正当理由逾期付款的，每逾期一日按应付款的万分之二支付违约金。

（16）分包
乙方不得将本合同服务转包或分包。

（17）不可抗力
因不可抗力不能履行合同的，受影响一方应及时通知对方，并在15日内提供证明。不可抗力持续超过30日的，双方协商处理后续事宜。

（18）争议解决
本合同适用中华人民共和国法律。双方发生争议应协商解决；协商不成的，提交滨湖仲裁委员会仲裁。

（19）其他
本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。磋商文件、响应文件、成交通知书及附件一（设备清单）、附件二（考核细则）为本合同组成部分。

甲方（盖章）：滨湖市城市公园管理处
乙方（盖章）：滨湖易园智慧城市运营服务有限公司
代表：__________　　代表：__________
签订日期：2025年12月　日
"""

H534Z05 = """# 蜜链溯源管理系统软件许可及开发合同

> 蜜链科技标准合同文本 V2.3（乙方提供）

合同编号：ML-2026-0419

甲方：云岭百花蜂业有限公司

乙方：昆明蜜链信息技术有限公司

甲方为实现蜂蜜产品从蜂场采收、加工、检测到销售的全程溯源，向乙方采购“蜜链溯源管理系统”软件许可及定制开发服务。双方本着平等自愿原则，签订本合同。

## 第一条 合同标的

1. 乙方向甲方提供蜜链溯源管理系统V5软件永久许可（含50个用户账号）。
2. 乙方按甲方需求完成定制开发：蜂场及蜂农档案和采收登记、原料收购批次管理、与甲方检测实验室的检测数据接口、一物一码赋码与包装线对接、消费者扫码溯源页面。
3. 乙方负责系统安装部署和操作培训。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 蜜链溯源管理系统V5软件永久许可（50用户） | 480,000 |
| 2 | 定制开发（采收登记、批次管理、检测接口、赋码对接、扫码页面） | 180,000 |
| 3 | 安装部署及培训 | 40,000 |
| | 合计 | 700,000 |

合同总价为人民币柒拾万元整（700,000元），含税。

## 第三条 付款方式

1. 本合同签订后5个工作日内，甲方向乙方支付合同总价的65%，即455,000元。
2. 系统安装部署完成后5个工作日内，甲方支付合同总价的35%，即245,000元。
3. 甲方逾期付款的，每逾期一日，按逾期金额的千分之一向乙方支付违约金，乙方并有权暂停实施。

## 第四条 实施与交付

1. 乙方在收到第三条第1款款项后开始实施，预计90个工作日内完成安装部署。实施进度以乙方项目计划为准，因甲方需求变更或配合不到位导致的延期，实施期相应顺延。
2. 甲方应提供服务器、网络环境和赋码设备接口资料。
3. 乙方按标准实施方法论开展工作，包括需求调研、蓝图确认、系统配置、定制开发、数据初始化、安装部署和培训。需求调研结束后，甲方应在5个工作日内签字确认需求说明书，逾期未确认的视为确认。
4. 甲方需要乙方人员驻场的，驻场期间的差旅和食宿费用由甲方承担；乙方人员每次驻场不超过10个工作日。
5. 系统上线所需的基础数据（蜂场、蜂农、产品、包装规格、检测项目等）由甲方按乙方提供的模板整理并导入，乙方提供技术指导。

## 第五条 甲方义务

1. 甲方应指定项目联系人，及时提供蜂场名录、蜂农信息、原料收购规则、检测项目清单及包装线赋码设备的技术资料。
2. 甲方应按乙方要求准备服务器、操作系统、数据库及网络环境，并保证其符合乙方产品安装要求。
3. 甲方提出的需求变更应以书面形式提交，乙方评估后另行报价，变更费用由甲方承担。
4. 甲方应组织相关人员参加乙方安排的培训，因甲方人员未参加培训导致的操作问题，不属于系统缺陷。

## 第六条 验收

系统在甲方服务器安装完成即视为甲方验收合格。甲方在使用中发现的问题，由乙方在维护期内处理。

## 第七条 知识产权

1. 蜜链溯源管理系统及其全部组件的知识产权归乙方所有。
2. 本合同项下定制开发形成的程序、源代码、接口及页面设计的知识产权归乙方所有，甲方在本合同约定的范围内享有非独占的使用权，不得修改、反向工程或许可第三方使用。

## 第八条 免费维护期及后续维护

1. 免费维护期为六个月，自系统安装完成之日起计算。
2. 免费维护期满后，甲方如需继续获得维护和升级服务，应按软件许可费的28%向乙方支付年度维护费，即每个服务年度134,400元，每个服务年度开始前支付。
3. 未支付维护费的，乙方不再提供升级和技术支持。

## 第九条 技术支持

1. 乙方提供5×8小时电话及远程技术支持。
2. 一级故障（系统无法登录、赋码中断）：乙方在8小时内响应，并尽快安排处理；其他问题在2个工作日内响应。

## 第十条 数据

1. 甲方在系统中录入的蜂场、蜂农、批次及销售数据归甲方所有。
2. 乙方有权在去除甲方名称等标识后，将系统中的溯源、检测及扫码数据汇总用于行业分析报告、产品改进及向合作方提供的市场服务。

## 第十一条 数据安全

1. 乙方应对远程维护账号实行专人管理，操作留存日志，并采取防病毒、访问控制和数据备份等安全措施。
2. 因乙方原因导致甲方数据泄露或丢失的，乙方应立即通知甲方并采取补救措施，并依法承担赔偿责任。

## 第十二条 保密

双方对本合同内容及履行中获知的对方商业秘密负有保密义务，未经对方同意不得向第三方披露。

## 第十三条 责任限制

乙方在本合同项下的全部赔偿责任，以合同总价的20%为限；乙方不对甲方的间接损失、利润损失承担责任。

## 第十四条 合同解除

一方严重违反本合同且在收到对方书面通知后30日内未纠正的，守约方有权解除本合同。

## 第十五条 培训与资料

1. 乙方为甲方提供两次集中操作培训，每次不超过两天，培训地点在甲方厂区。培训对象为甲方的质量管理、收购、仓储和销售人员。
2. 乙方交付用户操作手册和系统管理员手册电子版各一份。定制开发部分的说明文档由乙方根据实际情况提供。
3. 超出上述范围的培训，按乙方当期培训收费标准另行计费。
4. 甲方新入职人员的培训由甲方已培训人员负责，乙方可提供在线视频课程和操作指引供甲方使用。

## 第十六条 系统升级

1. 乙方发布的软件新版本，在甲方支付维护费期间可免费升级；升级的时间和方式由乙方安排，乙方应提前通知甲方。
2. 因甲方服务器、操作系统或数据库版本不满足新版本要求而无法升级的，由甲方自行解决软硬件环境问题。

## 第十七条 不可抗力

因不可抗力或网络运营商、云服务商、电力等第三方原因造成系统中断或合同不能履行的，乙方不承担责任。不可抗力包括但不限于自然灾害、疫情、政府行为、网络攻击和病毒。

## 第十八条 通知

本合同项下的付款通知、实施计划及维护服务通知，乙方可通过电子邮件或乙方客户服务平台发送，发送即视为送达。

双方的通知以书面或电子邮件方式送达本合同首页所列地址。一方地址变更的，应在变更后5日内通知对方，否则原地址送达视为有效送达。

## 第十九条 争议解决

双方因本合同发生争议，应协商解决；协商不成的，向乙方所在地人民法院起诉。

## 第二十条 其他

本合同一式两份，双方各执一份，自双方签字盖章之日起生效。本合同未尽事宜，以乙方公布的服务说明为准。

甲方（盖章）：云岭百花蜂业有限公司

乙方（盖章）：昆明蜜链信息技术有限公司

日期：2026年　月　日
"""

H534E01 = """T:Software Licence and Services Agreement
P:Agreement No. YLS-CN-2026-014
P:This Software Licence and Services Agreement (the Agreement) is made between Yarra Ledger Systems Pty Ltd (ABN 41 602 118 377), a company registered in Victoria, Australia, with its office at 88 Mitchell Street, Bendigo, Victoria 3550 (the Vendor), and Ningbo Harbourline Cold Chain Logistics Co., Ltd., a company registered in Ningbo, Zhejiang Province, People's Republic of China (the Customer).
P:Background: the Customer operates three cold-storage warehouses in Ningbo and Shaoxing and wishes to replace its warehouse management system. The Vendor publishes the Yarra WMS software and has proposed a licence and implementation project. At the Customer's request all prices are stated and paid in Chinese yuan (CNY).
H:Article 1 Definitions
P:1.1 Software means the Yarra WMS server software, the named-user client and the RF handheld module, in object code, with their documentation and any updates supplied under this Agreement.
P:1.2 Custom Deliverables means the interfaces, reports, label templates, configurations and scripts that the Vendor develops or configures specifically for the Customer under this Agreement.
P:1.3 Go-Live means the first day on which the Software is used to run live warehouse operations at all three warehouses.
P:1.4 Final Acceptance means the written acceptance certificate issued by the Customer under Article 5.
P:1.5 Customer Data means all data entered into, uploaded to or generated by the Software in the Customer's operations, including inventory, temperature, order, consignee and driver data.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software for the internal business of the Customer and its affiliates in mainland China, on the number of users and handheld devices listed in Article 3.
P:2.2 The Customer may make backup copies and may run a non-production test environment at no extra charge.
P:2.3 The licence is irrevocable except on termination by the Vendor for non-payment of the Licence Subtotal after notice under Article 14.
H:Article 3 Price
P:3.1 The Contract Price is CNY 890,000, inclusive of VAT, made up as follows:
TB:Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:Yarra WMS server licence (perpetual)|1|260,000|260,000
TB:Named user licences|80|3,200|256,000
TB:RF handheld module licences|40|2,900|116,000
TB:Licence Subtotal|||632,000
TB:Configuration and interfaces (ERP, TMS, temperature monitoring)|1|188,000|188,000
TB:Data migration|1|46,000|46,000
TB:Training (administrators and shift supervisors)|1|24,000|24,000
TB:Contract Price|||890,000
P:3.2 The Contract Price is fixed and covers all licences, services, travel and expenses needed to reach Final Acceptance and all warranty services.
H:Article 4 Payment
P:4.1 Ten per cent of the Contract Price (CNY 89,000) within 20 days after signature, against the Vendor's invoice.
P:4.2 Fifty-five per cent of the Contract Price (CNY 489,500) within 20 days after Go-Live.
P:4.3 Thirty-five per cent of the Contract Price (CNY 311,500) within 20 days after Final Acceptance.
P:4.4 Each payment is made by bank transfer in CNY against a valid invoice. Go-Live and payment under 4.2 do not mean that the Software has been accepted.
H:Article 5 Implementation and Acceptance
P:5.1 The Vendor shall reach Go-Live within 120 days after signature, following the project plan agreed by the parties within 15 days after signature.
P:5.2 Final Acceptance requires all of the following: (a) every test script in the agreed user acceptance test plan passed; (b) stock balances migrated and reconciled with the Customer's stock count for every storage location; (c) the ERP, TMS and temperature-monitoring interfaces running for 20 consecutive working days without unresolved errors; (d) picking confirmation on the handhelds within 1 second at peak load; and (e) no Severity 1 incident during the last 20 working days.
P:5.3 The Customer shall run the tests within 10 working days after the Vendor's written notice and either sign the certificate or list the failures. The Vendor shall correct failures and the tests shall be repeated. Use of the Software in live operations is not acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will conform to the documentation and the agreed specifications for 18 months after Final Acceptance (the Warranty Period). During the Warranty Period the Vendor corrects defects, supplies updates and provides support free of charge.
P:6.2 Severity levels and response times (remote response, 24 hours a day during the Warranty Period): Severity 1 (a warehouse cannot receive, pick or ship goods) - response within 1 hour and a workaround within 8 hours; Severity 2 (a function is impaired but a workaround exists) - response within 2 hours and a fix within 3 business days; Severity 3 (questions and cosmetic defects) - response within 2 business days.
P:6.3 If the Vendor misses a Severity 1 response or workaround time, it shall credit the Customer CNY 1,000 for each hour or part of an hour of delay, deducted from the next payment or paid on demand.
P:6.4 After the Warranty Period the Customer may buy annual support. The annual support fee is 11 per cent of the Licence Subtotal (CNY 69,520 per support year) and will not be increased for the first three support years. Support is renewed only by a purchase order from the Customer for each support year; it does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Vendor keeps all intellectual property in the Software. Nothing in this Agreement transfers it to the Customer.
P:7.2 All intellectual property in the Custom Deliverables vests in the Customer on creation. The Vendor shall deliver their source code and documentation at Final Acceptance. The Customer may use, modify and license the Custom Deliverables freely, including through third-party contractors.
P:7.3 The Vendor shall defend the Customer against any claim that the Software or the Custom Deliverables infringe a third party's rights and shall bear the resulting costs and damages.
H:Article 8 Customer Data and Data Security
P:8.1 Customer Data belongs to the Customer. The Vendor may process Customer Data only to perform this Agreement and on the Customer's instructions, and shall not use it for any other purpose, including analytics, benchmarking or product development.
P:8.2 The Software is installed on the Customer's servers in Ningbo. The Vendor's staff access the system remotely only through the Customer's VPN with multi-factor authentication, after approval of each session by the Customer's IT manager, and all sessions are logged. The Vendor shall not copy Customer Data outside the Customer's systems.
P:8.3 The Vendor shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China in handling consignee and driver data.
P:8.4 The Vendor shall notify the Customer within 24 hours of becoming aware of any unauthorised access to or loss of Customer Data, cooperate in the response, and be liable for all losses, fines and third-party claims caused by a breach of this Article by the Vendor or its personnel.
H:Article 9 Confidentiality
P:Each party shall keep confidential all non-public information received from the other party under this Agreement, use it only for this Agreement and disclose it only to employees and advisers who need to know it and are bound by similar duties. This obligation survives termination for three years.
H:Article 10 Delay Damages
P:If Go-Live is not reached by the date in Article 5.1 for reasons attributable to the Vendor, the Vendor shall pay the Customer delay damages of CNY 700 for each day of delay, up to ten per cent of the Contract Price. Payment of delay damages does not release the Vendor from its obligation to complete the project.
H:Article 11 Liability
P:The Vendor's total liability under this Agreement is limited to 150 per cent of the Contract Price. The limit does not apply to liability under Articles 7.3, 8 and 9, to personal injury or to wilful misconduct. Neither party is liable for indirect or consequential loss.
H:Article 12 Subcontracting
P:The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor remains fully responsible for any approved subcontractor.
H:Article 13 Force Majeure
P:A party prevented from performing by events beyond its reasonable control shall notify the other promptly and is excused for the duration of the event. If the event lasts more than 60 days, either party may terminate the unperformed part of this Agreement.
H:Article 14 Termination
P:14.1 The Customer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within 30 days after written notice, or if delay damages reach their maximum. On such termination the Vendor shall refund the amounts paid for services not accepted.
P:14.2 The Vendor may terminate for non-payment of an undisputed invoice that remains unpaid 45 days after written notice.
H:Article 15 Governing Law and Disputes
P:15.1 This Agreement is governed by the laws of the State of Victoria, Australia.
P:15.2 Any dispute that the parties cannot settle by negotiation within 30 days shall be finally resolved by arbitration administered by the Australian Centre for International Commercial Arbitration under its rules. The seat of arbitration is Melbourne, Victoria, and the language is English.
H:Article 16 General
P:16.1 This Agreement, with its annexes, is the entire agreement of the parties on its subject and may be amended only in writing signed by both parties.
P:16.2 Notices shall be sent by courier or e-mail to the addresses stated above.
P:16.3 This Agreement is made in English in two originals, one for each party, and takes effect on signature by both parties.
P:Annex 1: Functional specification. Annex 2: User acceptance test plan. Annex 3: Project plan.
P:Signed for the Vendor: ____________________ (Director), Bendigo
P:Signed for the Customer: ____________________ (Authorised representative), Ningbo
P:Date: ____________ 2026
"""

H534E02 = """# Order Form No. KC-OF-2026-0093

**Provider:** Kumul Cloudworks Limited, Section 5, Lot 12, Huon Road, Lae, Morobe Province, Papua New Guinea (Provider)

**Customer:** Hefei Qingfeng Property Services Co., Ltd., Hefei, Anhui Province, People's Republic of China (Customer)

This Order Form is for the Provider's FixFlow work-order and facilities maintenance service. It is governed by the General Terms set out below, which form part of this Order Form. At the Customer's request, all fees are stated and invoiced in Chinese yuan (CNY).

## Part A - Order Details

**Section A.1 Service.** FixFlow Enterprise edition: work-order management, planned maintenance schedules, asset register, resident repair requests through a WeChat mini-program, technician mobile app, spare-parts stock and management dashboards, for the Customer's 42 managed residential and office properties in Hefei and Wuhu.

**Section A.2 Users.** 150 named back-office and technician users. Resident access through the mini-program is unlimited and free of charge.

**Section A.3 Subscription Term.** From the Go-Live Acceptance date to the day before the second anniversary of that date, that is two Subscription Years. The planned Go-Live Acceptance date is 1 June 2026.

**Section A.4 Fees.**

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription Fee | CNY 27,000 per month for 150 users, for the Subscription Term | 648,000 |
| Onboarding Fee | one-time: configuration, import of 42 property asset registers, mini-program branding, training | 52,000 |
| Total Contract Value | | 700,000 |

Additional named users: CNY 180 per user per month, pro rata, only if ordered in writing by the Customer.

**Section A.5 Invoicing and Payment.** The Onboarding Fee is invoiced on Go-Live Acceptance. The Subscription Fee is invoiced monthly in arrears, at the end of each calendar month of service. Invoices are payable within 30 days by bank transfer in CNY. No fees are payable before Go-Live Acceptance.

**Section A.6 Onboarding Timetable.** The Provider shall complete onboarding and request Go-Live Acceptance no later than 60 days after the date of this Order Form.

**Section A.7 Customer Contacts.** Project owner: Director of Property Operations. Technical contact: IT Manager.

Signed for the Provider: ____________________ (Managing Director), Lae

Signed for the Customer: ____________________ (Authorised Representative), Hefei

Date: ____________ 2026

## Part B - General Terms

### Section 1 Definitions

**1.1** Service means the FixFlow service described in Section A.1, including the mobile app and mini-program, as updated by the Provider from time to time without reducing its functions.

**1.2** Customer Data means all data that the Customer, its users or residents submit to the Service, and all records generated from it, including work orders, asset records, photographs, resident names and telephone numbers.

**1.3** Customer Configurations means the forms, workflows, checklists, report layouts and mini-program pages configured specifically for the Customer.

### Section 2 The Service

**2.1** The Provider shall provide the Service to the Customer during the Subscription Term in accordance with this Order Form and the documentation.

**2.2** The Customer shall use the Service only for its own property-management business and shall keep its users' log-in credentials personal.

**2.3** The Provider may change the user interface of the Service, but it shall give the Customer 30 days' notice of any change that affects the Customer's workflows.

### Section 3 Onboarding and Acceptance

**3.1** The Provider shall perform onboarding as described in Section A.4 and the onboarding plan.

**3.2** Go-Live Acceptance tests: (a) all 42 asset registers imported and reconciled with the Customer's lists; (b) every workflow in the agreed test list completed end to end on the web and mobile app; (c) the mini-program submits a resident request and returns a work-order number within 3 seconds; and (d) the dashboards reconcile with the test data set.

**3.3** The Customer shall run the tests within 10 business days after the Provider's notice and either sign a Go-Live Acceptance certificate or list the failed tests. Use of the Service by a pilot property is not acceptance.

**3.4** If Go-Live Acceptance is delayed beyond the date in Section A.6 for reasons attributable to the Provider, the Provider shall pay the Customer CNY 500 for each day of delay, up to the amount of the Onboarding Fee.

### Section 4 Service Levels

**4.1** Monthly Availability of the Service shall be at least 99.95 per cent, measured at the Provider's service edge, excluding maintenance windows announced 5 days in advance and held between 23:00 and 05:00 Beijing time.

**4.2** Incidents are handled as follows: Priority 1 (the Service or the mobile app is unavailable to all users) - response within 30 minutes and restoration within 6 hours; Priority 2 (a major function is unavailable) - response within 2 hours and resolution within 1 business day; Priority 3 - response within 1 business day.

**4.3** Service credits: for each 0.1 percentage point, or part of one, by which Monthly Availability falls below the level in 4.1, the Customer receives a credit of 3 per cent of that month's Subscription Fee; for each late Priority 1 response the credit is CNY 800. Credits are deducted from the next invoice, up to half of the month's Subscription Fee.

### Section 5 Customer Data

**5.1** Customer Data remains the property of the Customer. The Provider uses Customer Data only to provide the Service to the Customer and for no other purpose.

**5.2** At the end of the Subscription Term the Provider shall make all Customer Data available for export in CSV and image files for 30 days.

### Section 6 Intellectual Property

**6.1** The Provider and its licensors keep all rights in the Service, the mobile app and the mini-program framework.

**6.2** Customer Configurations belong to the Customer. The Customer may use, copy and modify them and let third parties use them, also after the Subscription Term.

### Section 7 Confidentiality

**7.1** Each party shall keep confidential the other party's non-public business, technical and financial information, including the terms of this Order Form, and shall use it only for this agreement.

**7.2** The obligations in this Section 7 continue for three years after the end of the Subscription Term, and without limit in time for trade secrets.

### Section 8 Fees and Taxes

**8.1** Fees are fixed for the Subscription Term and include VAT.

**8.2** If the Customer disputes an invoice in good faith, it shall pay the undisputed part and the parties shall resolve the dispute within 30 days.

### Section 9 Renewal

**9.1** The Subscription Term does not renew automatically.

**9.2** A renewal requires a new Order Form signed by both parties. The Provider shall send its renewal proposal at least 60 days before the Subscription Term ends.

### Section 10 Subcontracting

**10.1** The Provider shall not subcontract any part of the Service or onboarding without the Customer's prior written consent, except its hosting provider named in the onboarding plan.

**10.2** The Provider remains responsible for the acts and omissions of its subcontractors.

### Section 11 Liability

**11.1** Each party's total liability arising out of or in connection with this agreement is limited to the fees paid or payable by the Customer under this Order Form in the six months immediately preceding the event giving rise to the claim.

**11.2** Neither party is liable for loss of profit, loss of business or any indirect or consequential loss.

**11.3** The limits in 11.1 and 11.2 do not apply to fraud, personal injury caused by negligence, or a party's breach of Section 7.

### Section 12 Termination

**12.1** Either party may terminate this agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving written notice describing the breach.

**12.2** If the Customer terminates under 12.1, the Provider shall refund any fees paid for the period after termination and shall support the export of Customer Data under 5.2.

**12.3** The Provider may suspend the Service if an undisputed invoice remains unpaid 30 days after a written reminder.

### Section 13 Governing Law and Disputes

**13.1** At the Customer's request, this agreement is governed by the laws of the People's Republic of China.

**13.2** Disputes that cannot be settled by negotiation shall be submitted to the Hefei Arbitration Commission for arbitration in Hefei under its rules in force at the time. The award is final.

### Section 14 General

**14.1** This Order Form, with the General Terms, is the entire agreement between the parties on its subject. Purchase order terms of the Customer do not apply.

**14.2** Neither party may assign this agreement without the other's written consent, except to a successor of its whole business that accepts these terms.

**14.3** If any provision is held invalid, the rest of this agreement remains in force and the parties shall replace the invalid provision with a valid one of similar effect.

**14.4** Changes must be in writing and signed by both parties. Notices may be given by e-mail to the contacts in Section A.7.
"""

H534E03 = """T:Purchase Contract for Water-Quality Monitoring Buoys
P:Contract No. BB-AQ-2026-07
P:Buyer: Zhanjiang Blue Bay Aquaculture Co., Ltd., Donghai Island, Zhanjiang, Guangdong Province, People's Republic of China (the Buyer)
P:Supplier: Vailima Environmental Instruments Ltd, Vaitele Industrial Area, Apia, Samoa (the Supplier)
P:The Buyer farms shrimp and grouper in 36 sea pens and ponds at its Donghai Island site and wishes to monitor water quality in real time. The Supplier has offered monitoring buoys, probes, gateways and software. The parties agree as follows. This Contract is the Buyer's standard purchase contract; prices are in CNY.
H:1. Scope of Supply
P:1.1 The Supplier shall supply, install, moor, configure and commission at the Buyer's site the equipment and software listed in clause 2, and shall train the Buyer's staff.
P:1.2 The monitoring system shall measure dissolved oxygen, temperature, pH, salinity, turbidity and ammonia nitrogen at each buoy every 5 minutes and send the readings through the gateways to the monitoring software on the Buyer's server, with alarms by SMS and in the Buyer's WeChat work group.
P:1.3 The Supplier shall connect the monitoring software to the aerator control cabinets supplied by the Buyer so that aerators start automatically when dissolved oxygen falls below the threshold set by the Buyer.
H:2. Price
P:2.1 The Contract Price is CNY 910,000, including VAT, delivery to the site, import clearance, installation, mooring, commissioning, training and all warranty services:
TB:No.|Item|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Multi-parameter water-quality buoy with solar power|12|46,500|558,000
TB:2|Spare dissolved-oxygen probes|24|3,800|91,200
TB:3|Solar gateway unit (4G and LoRa)|4|18,600|74,400
TB:4|Monitoring software licence, perpetual, one site|1|96,000|96,000
TB:|Hardware and Licence Subtotal|||819,600
TB:5|Installation, mooring and aerator interface|1|72,400|72,400
TB:6|Calibration and training|1|18,000|18,000
TB:|Contract Price|||910,000
P:2.2 The Contract Price is fixed. No other charge is payable for the scope in clause 1.
H:3. Delivery and Installation
P:3.1 The Supplier shall deliver all equipment to the site within 75 days after signature and complete installation and commissioning within 30 days after delivery.
P:3.2 Installation shall be carried out during the Buyer's scheduled pond maintenance windows and shall not stop feeding or harvesting.
P:3.3 Signature of a delivery note confirms quantities and visible condition only and is not acceptance.
H:4. Payment
P:4.1 No advance payment is made under this Contract.
P:4.2 Sixty-five per cent of the Contract Price (CNY 591,500) within 15 working days after delivery and installation are completed and the Buyer has signed the installation record.
P:4.3 Thirty-five per cent of the Contract Price (CNY 318,500) within 15 working days after Final Acceptance.
P:4.4 Each payment is made in CNY by bank transfer against a valid VAT invoice issued by the Supplier's agent in Guangzhou.
H:5. Acceptance
P:5.1 After commissioning, the system runs a trial of 30 consecutive days. Final Acceptance requires: (a) dissolved-oxygen readings within plus or minus 0.2 mg/L of the Buyer's calibrated handheld meter at weekly checks; (b) no more than 3 missing readings per buoy per day on average; (c) every alarm and every aerator start tested and logged; (d) all buoys moored to the agreed drawings; and (e) as-built documents, calibration certificates and manuals delivered.
P:5.2 If the trial fails, the Supplier shall correct the defects and the 30-day trial shall restart. The Buyer issues a Final Acceptance certificate within 5 working days after a successful trial.
P:5.3 Use of the system during the trial or payment under 4.2 does not mean acceptance.
H:6. Warranty and Support
P:6.1 The warranty period is 36 months from Final Acceptance. During it the Supplier repairs or replaces defective equipment, probes excluded from normal wear, and corrects software defects free of charge, including parts, labour and travel.
P:6.2 Fault response during the warranty period:
TB:Level|Description|Response|Repair
TB:Critical|Dissolved oxygen or alarms unavailable for one or more pens|2 hours (remote)|48 hours on site
TB:Major|One parameter or one buoy unavailable|8 hours|5 days
TB:Minor|Other faults and questions|2 working days|next scheduled visit
P:6.3 For each hour by which a Critical response is late, the Supplier shall pay CNY 600, and for each day by which a Critical repair is late, CNY 1,500. The Buyer may deduct these amounts from any payment due.
P:6.4 After the warranty period the Supplier shall offer maintenance (two calibration visits, parts and software updates) at 9 per cent of the Hardware and Licence Subtotal per year, that is CNY 73,764, fixed for the first two maintenance years. Maintenance is ordered by the Buyer's purchase order and does not renew automatically.
H:7. Intellectual Property
P:7.1 Software embedded in the equipment and the monitoring software remain the Supplier's property and are licensed to the Buyer perpetually for use at the site.
P:7.2 The dashboards, alarm rules, aerator interface and site drawings made for the Buyer belong to the Buyer, which may use and modify them freely and have third parties maintain them.
H:8. Data Security
P:8.1 All readings, alarm logs and site data belong to the Buyer and are stored on the Buyer's server. The Supplier shall not copy or use them except to perform this Contract.
P:8.2 The Supplier shall configure encrypted transmission between gateways and the server, change all default passwords, and access the system remotely only through an account enabled by the Buyer for each visit.
P:8.3 The Supplier shall report any security incident affecting the system within 24 hours and is liable for losses caused by its breach of this clause 8.
H:9. Confidentiality
P:Each party shall keep confidential the non-public information of the other party received under this Contract, in particular the Buyer's farm layout, stocking and production data, and shall not disclose it without prior written consent. This clause survives termination.
H:10. Delay
P:If delivery or installation is late for reasons attributable to the Supplier, the Supplier shall pay liquidated damages of 0.1 per cent of the Contract Price for each day of delay, up to 10 per cent of the Contract Price.
H:11. Subcontracting
P:The Supplier shall not subcontract installation or mooring without the Buyer's prior written consent. The Supplier remains responsible for any approved subcontractor and for site safety.
H:12. Termination
P:The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 20 days after notice, or if delay damages reach their maximum. The Supplier shall then refund the payments received for equipment that the Buyer returns.
H:13. Force Majeure
P:Typhoons and other events beyond a party's control excuse delay for their duration if notified within 5 days. The parties shall agree a new installation date.
H:14. Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Zhanjiang Arbitration Commission for arbitration in Zhanjiang.
H:15. Training and Documentation
P:15.1 The Supplier shall train up to 12 of the Buyer's technicians at the site in two sessions: daily checks, cleaning of probes and anti-fouling guards, replacement of dissolved-oxygen caps, battery and solar panel checks, re-mooring after storms, and use of the monitoring software, including setting alarm thresholds and reading trend reports.
P:15.2 The Supplier shall supply operating manuals, a maintenance schedule, a spare-parts list with prices valid for three years, and calibration procedures, in Chinese and English.
P:15.3 The Supplier shall hold, for at least the warranty period, a stock of spare probes and gateway boards at its agent in Guangzhou, so that parts can reach the site within 3 days.
H:16. Compliance
P:16.1 The equipment shall comply with Chinese radio, marine and electrical rules applicable to its use at the site, and the Supplier shall provide the certificates required for import and for the 4G modules.
P:16.2 The Supplier shall pack the buoys and probes for sea freight to Zhanjiang port, insure them until unloading at the site, and remove all packaging and waste from the site at its own cost. Any damage found when the crates are opened is repaired or replaced by the Supplier before installation continues, without delay to the agreed dates.
P:16.3 The Supplier's staff at the site shall follow the Buyer's biosecurity rules, including disinfection of boats, boots and equipment before entering the ponds, and shall wear life jackets on the water at all times.
H:17. General
P:This Contract is made in English and Chinese in two originals each; both texts are equally valid. Annex 1: Technical specification. Annex 2: Mooring drawings. Annex 3: Trial test plan.
P:For the Buyer: ____________________    For the Supplier: ____________________
P:Date: ____________ 2026
"""

H534E04 = """# MANAGED GUEST WI-FI AND NETWORK SERVICE AGREEMENT

Agreement No. ENO-XSH-2026-02

Between **Efate Network Operations Ltd**, Rue de Paris, Port Vila, Republic of Vanuatu (the **Provider**), and **Xiamen Seabreeze Hotels Management Co., Ltd.**, Siming District, Xiamen, Fujian Province, People's Republic of China (the **Customer**).

The Customer manages 14 mid-scale hotels in Fujian. The Provider operates managed hotel networks. The Customer wishes the Provider to run its guest Wi-Fi and hotel networks as a managed service. All charges are in CNY at the Customer's request.

## DEFINITIONS

(a) **Service** means the managed network service described under SCOPE and in Schedule 1.

(b) **Service Commencement Date** means the date on which the Customer signs the Service Commencement Certificate for all 14 hotels.

(c) **Customer Data** means guest registration and log-in data, connection logs, network configurations and any other data of the Customer or its guests processed by the Provider.

(d) **Term** means 36 months from the Service Commencement Date.

## SCOPE

(a) The Provider shall design, transition, monitor, operate and maintain the guest Wi-Fi, staff network and property-management system network at each hotel listed in Schedule 1, using the existing access points and switches, which remain the Customer's property.

(b) The Service includes a 24-hour network operations centre, guest log-in portal with real-name verification by mobile number, bandwidth management, firmware updates, replacement of failed equipment from the Provider's spares pool, and monthly service reports.

(c) The Provider shall keep a local field engineer team in Xiamen and Fuzhou.

## TRANSITION AND SERVICE COMMENCEMENT

(a) The Provider shall complete the transition of all 14 hotels no later than 75 days after signature.

(b) Service Commencement tests for each hotel: (i) guest log-in and real-name verification work on every floor; (ii) download speed of at least 50 Mbps at 20 sample points per hotel; (iii) the property-management system and door-lock network are separated from guest traffic; (iv) monitoring alarms for every access point and switch reach the operations centre; and (v) configuration backups are stored.

(c) The Customer signs the Service Commencement Certificate within 5 business days after the tests are passed at all hotels. Use of the Service at any hotel before then is not acceptance.

(d) If the Service Commencement Date is later than the date in paragraph (a) for reasons attributable to the Provider, the Provider shall pay the Customer CNY 1,200 for each day of delay.

## CHARGES AND PAYMENT

(a) The charges are set out in Schedule 1: a one-time Transition Charge and a Monthly Service Charge for the Term.

(b) The Transition Charge is invoiced after the Service Commencement Certificate is signed.

(c) The Monthly Service Charge is invoiced monthly in arrears. Invoices are payable within 30 days in CNY by bank transfer.

(d) No charge is payable before the Service Commencement Date.

(e) Charges are fixed for the Term and include VAT.

## SERVICE LEVELS

(a) The Provider shall meet the service levels and pay the service credits set out in Schedule 2.

(b) Service credits are deducted from the next invoice. Credits in one month shall not exceed 25 per cent of that month's Monthly Service Charge, but do not limit the Customer's other rights.

## CUSTOMER DATA AND SECURITY

(a) Customer Data belongs to the Customer. The Provider processes guest personal information as the Customer's entrusted party under the Personal Information Protection Law, only on the Customer's documented instructions.

(b) Connection logs are kept on servers in mainland China for the period required by law and are then deleted.

(c) The Provider shall protect Customer Data with access control, multi-factor authentication for its engineers, encryption of stored logs, and a record of every administrative action. It shall notify the Customer within 24 hours of any security incident affecting Customer Data and shall be liable for all losses, fines and claims that result from its failure to meet this section.

(d) The Provider may use anonymised and aggregated connection and usage data derived from the Service, such as device types, traffic volumes and roaming patterns, to build industry benchmarks, to improve its products and to share benchmark reports with its equipment partners, during and after the Term.

## INTELLECTUAL PROPERTY

(a) The Provider keeps its network management tools and know-how.

(b) The configurations, portal pages and network documentation made for the Customer belong to the Customer, which may use and modify them freely and give them to any later service provider.

## REPORTING AND GOVERNANCE

(a) The Provider shall deliver a monthly service report for each hotel by the fifth working day of the following month, showing availability, incidents, response and restoration times, bandwidth use, equipment replaced and open actions.

(b) The parties shall hold a service review each quarter, attended by the Customer's IT manager and the Provider's service manager, to review the reports, the service credits and improvement plans.

(c) The Provider shall propose, at least once a year, improvements to coverage, security and guest experience, with a cost estimate for any change that is outside the Service.

## CUSTOMER RESPONSIBILITIES

(a) The Customer shall give the Provider's engineers access to equipment rooms and guest floors, accompanied by hotel staff where required by hotel rules.

(b) The Customer shall keep the access points and switches powered and shall inform the Provider in advance of building works that may affect the network.

(c) The Customer shall name a contact at each hotel who can confirm incidents, allow access at night and sign the Service Commencement test records for that hotel.

(d) The Customer shall keep its guest registration rules and the wording of its privacy notice up to date and shall tell the Provider of any change that affects the log-in portal, so that the portal always shows the current notice to guests.

(e) The Customer shall approve changes to the guest log-in portal within 5 business days after the Provider's request.

## CONFIDENTIALITY

Each party shall keep confidential the non-public information of the other party, including room-occupancy figures and network designs, and shall use it only for this Agreement. This obligation continues for three years after the Term.

## SUBCONTRACTING

(a) The Provider may subcontract on-site field work at any hotel to local contractors by giving the Customer written notice at least 10 days before the subcontractor starts work.

(b) The Provider remains responsible for its subcontractors and shall ensure that they follow the CUSTOMER DATA AND SECURITY section.

## LIABILITY

The Provider's total liability under this Agreement is limited to 150 per cent of the Total Contract Value stated in Schedule 1, except for breach of the CUSTOMER DATA AND SECURITY or CONFIDENTIALITY sections, personal injury and wilful misconduct, which are not limited.

## TERM, RENEWAL AND TERMINATION

(a) This Agreement runs for the Term and does not renew automatically. Any extension requires a written amendment signed by both parties.

(b) The Customer may terminate this Agreement by written notice if the Provider commits a material breach and does not remedy it within 30 days after written notice, or if guest Wi-Fi availability at any hotel falls below the Schedule 2 level in three months of any six.

(c) On expiry or termination the Provider shall hand over all configurations and passwords and shall support the transfer to a new provider for up to 60 days at no extra charge.

## GOVERNING LAW AND DISPUTES

This Agreement is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Xiamen Arbitration Commission for arbitration in Xiamen.

## SIGNATURES

For the Provider: ____________________ (Director), Port Vila

For the Customer: ____________________ (General Manager), Xiamen

Date: ____________ 2026

## SCHEDULE 1 - HOTELS AND CHARGES

| Item | Basis | Amount (CNY) |
|---|---|---|
| Transition Charge | one-time, 14 hotels | 72,000 |
| Monthly Service Charge | CNY 38,000 per month x 36 months | 1,368,000 |
| Total Contract Value | | 1,440,000 |

| Hotel group | Hotels | Rooms | Access points |
|---|---|---|---|
| Xiamen | 7 | 1,120 | 690 |
| Fuzhou | 4 | 610 | 388 |
| Quanzhou and Zhangzhou | 3 | 402 | 256 |

## SCHEDULE 2 - SERVICE LEVELS AND CREDITS

| Measure | Level | Service credit |
|---|---|---|
| Guest Wi-Fi availability, each hotel, monthly | at least 99.95 per cent | 2 per cent of the month's charge for each 0.1 point below |
| Priority 1 response (a whole hotel offline, or the PMS network down) | 15 minutes | CNY 600 for each late response |
| Priority 1 restoration | 3 hours | CNY 1,000 for each hour late |
| Priority 2 response (one floor or one service down) | 1 hour | CNY 200 for each late response |
| Monthly service report | by the 5th working day | CNY 300 for each day late |
"""

H534E05 = """MARINE WEATHER DATA API SUBSCRIPTION AGREEMENT

Agreement No. LDS-QYO-2026-11

PARTIES
Lagon Data Services SAS, 14 rue Jean Jaures, Noumea, New Caledonia (the Provider).
Qingdao Yuanhang Ocean Fishing Co., Ltd., Huangdao District, Qingdao, Shandong Province, People's Republic of China (the Customer).

BACKGROUND
The Customer operates a fleet of 28 distant-water fishing vessels in the western and southern Pacific. The Provider publishes the Lagon Marine API, which delivers marine weather forecasts, sea-surface temperature, chlorophyll and current data by application programming interface. The Customer wishes to use the API in its fleet dispatch system and on board its vessels. All fees are in CNY at the Customer's request.

1. DEFINITIONS
1.1 API means the Lagon Marine API, version 3, and its documentation, as updated by the Provider.
1.2 Data means the forecasts, analyses and other content delivered through the API.
1.3 First Subscription Year means 1 July 2026 to 30 June 2027; Second Subscription Year means 1 July 2027 to 30 June 2028; each is a Subscription Year, and together they are the Subscription Term.
1.4 Customer Data means vessel positions, routes, query parameters, catch reports and any other data that the Customer or its systems send to the API or store in the Provider's systems.
1.5 Integration Adaptor means the software module that the Provider writes to connect the API to the Customer's fleet dispatch system and to the vessels' onboard display units.

2. SUBSCRIPTION
2.1 The Provider grants the Customer, during the Subscription Term, a non-exclusive right to call the API and to use the Data in its fleet dispatch system, on board its vessels and in internal reports, for up to 5 million API calls per calendar month.
2.2 The Customer shall not resell the Data or publish it outside its group of companies. Data shown on board the vessels and in internal reports may be kept after the Subscription Term.
2.3 Calls above 5 million in a month are charged at CNY 0.02 per call and invoiced with the next quarterly invoice.

3. FEES
3.1 The fees are:
    Subscription Fee, First Subscription Year            CNY 186,000
    Subscription Fee, Second Subscription Year           CNY 186,000
    Integration Adaptor and set-up (one-time)            CNY 28,000
    Total Contract Value                                 CNY 400,000
3.2 Usage charges under 2.3 are not part of the Total Contract Value.
3.3 Fees are fixed for the Subscription Term and include VAT and withholding taxes.

4. INVOICING AND PAYMENT
4.1 The Subscription Fee for each Subscription Year is invoiced in four equal quarterly instalments of CNY 46,500, each at the end of the quarter to which it relates.
4.2 The set-up fee is invoiced after Integration Acceptance.
4.3 The Customer pays each undisputed invoice within 30 days by bank transfer in CNY. Nothing is payable before Integration Acceptance.

5. INTEGRATION AND ACCEPTANCE
5.1 The Provider shall deliver the Integration Adaptor and request Integration Acceptance by 15 June 2026.
5.2 Integration Acceptance requires: (a) 1,000 test calls covering every endpoint that the Customer uses, each returning the documented format; (b) forecasts for the Customer's 6 fishing grounds shown correctly in the dispatch system and on 3 test vessels; (c) a median response time below 800 milliseconds measured from Qingdao over 5 working days; and (d) the adaptor's source code and installation guide delivered.
5.3 The Customer tests within 10 working days after the request and either signs an acceptance note or lists the failures. Use of the API before then is not acceptance.
5.4 If Integration Acceptance is not reached by 15 June 2026 for reasons attributable to the Provider, the Provider shall pay CNY 300 for each day of delay, up to the amount of the set-up fee.

6. SERVICE AND SUPPORT
6.1 The Provider will use commercially reasonable efforts to keep the API available and to publish each forecast run on time, but does not guarantee that the API will be uninterrupted or error-free.
6.2 Support is provided by e-mail and by the Provider's online ticket system during Noumea business hours. The Provider will answer tickets as soon as practicable.
6.3 The Provider may suspend the API for maintenance and shall try to announce planned maintenance on its status page in advance.

7. CUSTOMER DATA AND SECURITY
7.1 Customer Data belongs to the Customer. The Provider may process it only to provide the API to the Customer and shall not use, analyse, sell or disclose it for any other purpose, also not in anonymised or aggregated form.
7.2 The Provider shall keep vessel positions and routes encrypted in transit and at rest, restrict access to named engineers with multi-factor authentication, log every access, and delete Customer Data 90 days after it is received unless the Customer asks otherwise.
7.3 The Provider shall notify the Customer within 24 hours of any unauthorised access to Customer Data, give full information and cooperate in the response, and shall be liable for the Customer's losses caused by the breach.

8. INTELLECTUAL PROPERTY
8.1 The Provider keeps all rights in the API and the Data, subject to the rights granted in clause 2.
8.2 The Integration Adaptor belongs to the Customer once the set-up fee is paid. The Customer may use, modify and license it freely, and the Provider shall deliver its source code.

8A. CUSTOMER OBLIGATIONS
8A.1 The Customer shall keep its API keys secret, use them only in its own systems and on its vessels, and tell the Provider promptly if a key may have been disclosed, so that it can be replaced.
8A.2 The Customer shall not use automated methods to copy the Data in bulk outside the agreed use and shall keep its call volume within the monthly allowance unless it accepts the usage charges in 2.3.
8A.3 The Customer is responsible for the satellite and mobile connections of its vessels and for the onboard display units, which it buys separately.
8A.4 The Customer shall give the Provider, during integration, a test account in its fleet dispatch system, the technical documents of the onboard display units and a contact person who can answer questions within 2 working days.
8A.5 The Customer shall check the Provider's published notices of changes to endpoints and shall update its systems before a retired endpoint is switched off, provided the Provider has given at least 90 days' notice of the change and has kept the old endpoint available during that period.
8A.6 Masters of the Customer's vessels remain responsible for navigation and safety decisions; the Data supports, and does not replace, official weather warnings.

Each party shall keep confidential the other party's non-public information, including the Customer's fishing grounds and catch reports, and use it only for this Agreement. This obligation continues for three years after the Subscription Term.

10. SUBCONTRACTING AND HOSTING
10.1 The API is hosted by the Provider's cloud hosting provider named in the annex. The Provider shall not engage any other subcontractor that has access to Customer Data without the Customer's prior written consent.
10.2 The Provider remains responsible for all subcontractors.

11. LIABILITY
11.1 The Provider's total liability under this Agreement in respect of all claims is limited to the fees paid by the Customer in the three months preceding the event giving rise to the claim.
11.2 The Provider is not liable for decisions taken by the Customer or its masters on the basis of the Data, for loss of catch or fishing time, or for indirect or consequential loss.
11.3 The limits do not apply to the Provider's breach of clause 7, fraud or wilful misconduct.

12. TERM, RENEWAL AND TERMINATION
12.1 This Agreement runs for the Subscription Term. It does not renew automatically; a further term requires a new written agreement.
12.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.
12.3 If the Customer terminates under 12.2, the Provider shall refund any fees paid for the period after termination.

13. GOVERNING LAW AND DISPUTES
13.1 At the Customer's request this Agreement is governed by the laws of the People's Republic of China.
13.2 Disputes that cannot be settled by negotiation within 30 days shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao. The award is final and binding on both parties.

14. GENERAL
14.1 This Agreement is the entire agreement between the parties on its subject and replaces any earlier proposals.
14.2 Changes must be in writing and signed by both parties. Notices may be sent by e-mail to the addresses given by each party.
14.3 Neither party may assign this Agreement without the prior written consent of the other party, except to a successor of its whole business that accepts all its terms in writing.
14.4 This Agreement is made in English in two originals, one for each party.

SIGNATURES
For the Provider: ____________________ (President), Noumea
For the Customer: ____________________ (Authorised Representative), Qingdao
Date: ____________ 2026
"""

SOURCES = {"h534z01": H534Z01, "h534z02": H534Z02, "h534e01": H534E01, "h534e03": H534E03}
TARGETS = {"h534z01": ("h534z01_overseas_chinese_affairs_service_platform.pdf", "pdf"),
           "h534z02": ("h534z02_msg_plant_fermenter_control_retrofit.docx", "docx"),
           "h534e01": ("h534e01_cold_chain_wms_licence_victoria_vendor.pdf", "pdf"),
           "h534e03": ("h534e03_aquaculture_water_quality_buoys_samoa_vendor.docx", "docx")}
PLAIN = {"h534z03": ("h534z03_early_education_chain_saas_implementation.txt", H534Z03),
         "h534z04": ("h534z04_park_smart_system_annual_om_service.txt", H534Z04),
         "h534z05": ("h534z05_honey_traceability_licence_supplier_template.md", H534Z05),
         "h534e02": ("h534e02_facilities_saas_order_form_png_vendor.md", H534E02),
         "h534e04": ("h534e04_hotel_managed_wifi_service_vanuatu_vendor.md", H534E04),
         "h534e05": ("h534e05_marine_weather_data_api_new_caledonia_vendor.txt", H534E05)}

# ---------------------------------------------------------------- labels (my reading, see NOTES.md)
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
             "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
             "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
             "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
T, F, N = True, False, None
G, S = "goods_or_licence", "service"
# key: lang, category, terms (in TERM_KEYS order), extra (sla, ld_stated, capped|None, deemed, value),
#      design: fee base (itemised licence/hardware subtotal), forum outside mainland, expected rules as designed
LABELS = {
 "h534z01": ("zh", "software", [99.95, 0.5, T, "buyer", T, T, T, 0.08, N, 20, T, T, 24, 8, F, T, F, "PRC", G],
             (T, T, T, F, 1200000), dict(base=620000, forum_out=F, rules=[])),
 "h534z02": ("zh", "hardware", [N, 0.5, T, "buyer", T, T, T, 0.02, N, 20, T, T, 24, 7, F, T, T, "PRC", G],
             (T, T, T, F, 1340000), dict(base=1081800, forum_out=F, rules=["CR-LD-LOW", "CR-SUBCONTRACT"])),
 "h534z03": ("zh", "cloud", [99.5, 0.5, T, "buyer", T, T, T, 600 / 960000 * 100, 150, N, T, N, N, N, T, T, F, "PRC", S],
             (T, T, N, F, 960000), dict(base=None, forum_out=F, rules=["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"])),
 "h534z04": ("zh", "services", [99.95, 0.5, T, "buyer", T, T, F, 500 / 586000 * 100, N, N, T, N, N, N, F, F, F, "PRC", S],
             (T, T, N, F, 586000), dict(base=None, forum_out=F, rules=["CR-CONFIDENTIALITY", "CR-TERMINATION"])),
 "h534z05": ("zh", "software", [N, 8, F, "supplier", T, F, T, N, 20, 65, F, F, 6, 28, F, T, N, N, G],
             (T, F, T, T, 700000), dict(base=480000, forum_out=F, rules=[
                 "CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP",
                 "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE",
                 "CR-WARRANTY"])),
 "h534e01": ("en", "software", [N, 1, T, "buyer", T, T, T, 700 / 890000 * 100, 150, 10, T, T, 18, 11, F, T, F,
                                "Victoria", G],
             (T, T, T, F, 890000), dict(base=632000, forum_out=T, rules=["CR-GOVERNING-LAW"])),
 "h534e02": ("en", "cloud", [99.95, 0.5, T, "buyer", F, T, T, 500 / 700000 * 100, 6 / 24 * 100, N, T, N, N, N, F, T, F,
                             "PRC", S],
             (T, T, N, F, 700000), dict(base=None, forum_out=F, rules=["CR-DATA-SECURITY", "CR-LIABILITY-CAP"])),
 "h534e03": ("en", "hardware", [N, 2, T, "buyer", T, T, T, 0.1, N, N, T, T, 36, 9, F, T, F, "PRC", G],
             (T, T, T, F, 910000), dict(base=819600, forum_out=F, rules=[])),
 "h534e04": ("en", "services", [99.95, 0.25, T, "buyer", T, F, T, 1200 / 1440000 * 100, 150, N, T, N, N, N, F, T, T,
                                "PRC", S],
             (T, T, N, F, 1440000), dict(base=None, forum_out=F, rules=["CR-DATA-OWNERSHIP", "CR-SUBCONTRACT"])),
 "h534e05": ("en", "cloud", [N, N, F, "buyer", T, T, T, 300 / 400000 * 100, 3 / 24 * 100, N, T, N, N, N, F, T, F, "PRC", S],
             (F, T, N, F, 400000), dict(base=None, forum_out=F, rules=["CR-LIABILITY-CAP", "CR-SLA-MISSING",
                                                                         "CR-SLA-RESPONSE"])),
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]


def tco_share(t, extra, base):
    """Policy section 4: horizon 5 years from acceptance; post-warranty fee = pct x itemised base, pro rata."""
    if t["post_warranty_fee_pct"] is None or not extra.get("post_warranty_fee_capped") or t["warranty_months"] is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = base * t["post_warranty_fee_pct"] / 100 * years
    return fees / (extra["contract_value"] + fees) * 100


def rules_from(t, extra, design):
    """My own reading of policy.md section 3 (not project code)."""
    r = set()
    if not extra["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.add("CR-SLA-RESPONSE")
    if extra["sla_clause"] and not t["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not extra["ld_stated"]:
        r.add("CR-LD-MISSING")
    if t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
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
        if t["post_warranty_fee_pct"] is None or not extra["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(t, extra, design["base"])
        if share is not None and share > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] is not None and t["governing_law"] != "PRC") or design["forum_out"]:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    high = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
            "CR-POST-WARRANTY-FEE"}
    if set(rules) & high:
        return "high"
    return "low" if set(rules) <= {"CR-GOVERNING-LAW"} else "medium"


# ---------------------------------------------------------------- threshold scan
PCT = r"\s*(?:%|％|per\s*cent|percent)"
CN = "〇零一二三四五六七八九十百千万两"
D = r"(?<![\d.,])"
THRESHOLD_RES = [re.compile(p, re.I) for p in [
    D + r"99\.90*(?!\d)" + PCT, r"百分之九十九点九(?![零〇一二三四五六七八九])",
    D + r"4(?:\.0+)?\s*(?:个)?(?:小时|hours?\b|hrs?\b|h\b)", r"(?<![" + CN + r"])四\s*个?\s*小时", r"(?<![a-z-])four[\s-]*hours?",
    D + r"240\s*(?:分钟|minutes?|mins?\b)",
    D + r"0\.050*(?!\d)" + PCT, r"万分之五(?![十百千〇零一二三四五六七八九点])", r"千分之零点五",
    D + r"100(?:\.0+)?" + PCT, r"百分之百", r"百分之一百(?![〇零一二三四五六七八九十])", r"hundred" + PCT,
    D + r"30(?:\.0+)?" + PCT, r"百分之三十(?![一二三四五六七八九点])", r"三成", r"(?<![a-z-])thirty" + PCT,
    D + r"12\s*(?:个月|months?\b)", r"(?<![" + CN + r"])十二\s*个月", r"twelve[\s-]*months?", r"(?<![" + CN + r"])[一壹]\s*年",
    D + r"1\s*(?:年|years?\b)", r"(?<![a-z])one[\s-]*years?",
    D + r"15(?:\.0+)?" + PCT, r"百分之十五(?![一二三四五六七八九点])", r"(?<![a-z-])fifteen" + PCT,
    D + r"40(?:\.0+)?" + PCT, r"百分之四十(?![一二三四五六七八九点])", r"四成", r"(?<![a-z-])forty" + PCT,
    D + r"5\s*(?:年|years?\b)", r"(?<![" + CN + r"])五\s*年", r"(?<![a-z-])five[\s-]*years?",
    D + r"60\s*(?:个月|months?\b)", r"六十\s*个月", r"sixty[\s-]*months?",
]]
MUST_HIT = ["99.9%", "99.9 %", "99.90 per cent", "4小时", "4 小时", "四小时", "4 hours", "four hours", "four-hour",
            "240分钟", "240 minutes", "0.05%", "0.05 %", "万分之五", "100%", "100 per cent", "百分之百", "百分之一百",
            "30%", "30 percent", "百分之三十", "三成", "thirty per cent", "12个月", "12 months", "十二个月", "twelve months",
            "一年", "1年", "one year", "one-year", "15%", "百分之十五", "fifteen per cent", "40%", "百分之四十", "四成",
            "forty per cent", "5年", "五年", "five years", "5 years", "60 months", "60个月", "六十个月"]
MUST_MISS = ["24小时", "24 hours", "二十四小时", "twenty-four hours", "14 hours", "99.95%", "99.5%", "115%", "0.15%",
             "150%", "150 per cent", "2025年", "2026年", "万分之五十", "万分之八", "服务年度", "Subscription Year",
             "十五日", "25 per cent", "Fifty-five per cent", "Thirty-five per cent", "0.075", "1,500", "35%", "45%",
             "三个服务年度", "三年内", "十四周岁", "2026年1月1日", "per year", "36 months", "18 months", "二十四个月"]


def scan(text):
    hits = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for rx in THRESHOLD_RES:
            hits += [m.group(0) for m in rx.finditer(variant)]
    return hits


def self_test():
    for s in MUST_HIT:
        assert scan("x " + s + " x"), ("must hit", s)
    for s in MUST_MISS:
        assert not scan("x " + s + " x"), ("must miss", s, scan("x " + s + " x"))


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        for table in doc.tables:
            parts += [" | ".join(c.text for c in row.cells) for row in table.rows]
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def names():
    out = {k: v[0] for k, v in TARGETS.items()}
    out.update({k: v[0] for k, v in PLAIN.items()})
    return dict(sorted(out.items()))


def check_sums():
    assert 620000 + 460000 + 58000 + 44000 + 18000 == 1200000 and 240000 + 540000 + 420000 == 1200000
    assert 372000 + 312000 + 156800 + 73000 + 168000 == 1081800 and 1081800 + 146000 + 98200 + 14000 == 1340000
    assert 268000 + 670000 + 335000 + 67000 == 1340000 and round(1081800 * 0.07) == 75726
    assert 2 * 186000 == 372000 and 48 * 6500 == 312000 and 16 * 9800 == 156800 and 5 * 14600 == 73000
    assert 30 * 9600 == 288000 and 3 * 288000 + 96000 == 960000 and 288000 / 4 == 72000
    assert 342000 + 168000 + 52000 + 24000 == 586000 and 586000 / 4 == 146500
    assert 480000 + 180000 + 40000 == 700000 and 455000 + 245000 == 700000 and 480000 * 0.28 == 134400
    assert 260000 + 256000 + 116000 == 632000 and 632000 + 188000 + 46000 + 24000 == 890000
    assert 80 * 3200 == 256000 and 40 * 2900 == 116000 and 89000 + 489500 + 311500 == 890000
    assert round(632000 * 0.11) == 69520 and 620000 * 0.08 == 49600
    assert 27000 * 24 == 648000 and 648000 + 52000 == 700000
    assert 12 * 46500 + 24 * 3800 + 4 * 18600 + 96000 == 819600 and 819600 + 72400 + 18000 == 910000
    assert 591500 + 318500 == 910000 and round(819600 * 0.09) == 73764
    assert 38000 * 36 == 1368000 and 1368000 + 72000 == 1440000
    assert 2 * 186000 + 28000 == 400000 and 186000 / 4 == 46500


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    self_test()
    check_sums()
    write(SOURCES, TARGETS, OUT, wrap_words=True)
    for key, (name, text) in PLAIN.items():
        (OUT / name).write_text(text, encoding="utf-8")
        print("wrote", name)
    covered, problems = set(), []
    for key, name in names().items():
        lang, cat, vals, ex, design = LABELS[key]
        t = dict(zip(TERM_KEYS, vals))
        extra = {"sla_clause": ex[0], "ld_stated": ex[1]}
        if t["contract_kind"] == G:
            extra["post_warranty_fee_capped"] = ex[2]
        extra["acceptance_deemed_on_delivery"] = ex[3]
        extra["contract_value"] = ex[4]
        rules = rules_from(t, extra, design)
        assert rules == sorted(design["rules"]), (key, rules, design["rules"])
        covered |= set(rules)
        # no value on a threshold
        for k, thr in [("availability_pct", 99.9), ("p1_response_hours", 4), ("ld_rate_per_day_pct", 0.05),
                       ("liability_cap_pct", 100), ("prepayment_pct", 30), ("warranty_months", 12),
                       ("post_warranty_fee_pct", 15)]:
            assert t[k] is None or abs(t[k] - thr) > 1e-9, (key, k)
        share = tco_share(t, extra, design["base"]) if t["contract_kind"] == G else None
        assert share is None or abs(share - 40) > 2, (key, share)
        label = {"file": name, "language": lang, "category": cat, "expected_terms": t, "expected_extra": extra,
                 "expected_rules": rules}
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1), encoding="utf-8")
        src = SOURCES.get(key) or PLAIN[key][1]
        built = read_back(OUT / name)
        for what, txt in (("source", src), ("built", built)):
            h = scan(txt)
            if h:
                problems.append((name, what, h))
        n = len(built) if lang == "zh" else len(built.split())
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        ok = lo <= n <= hi
        if not ok:
            problems.append((name, "length", n))
        print(f"{name}: {lang} {n} {'chars' if lang == 'zh' else 'words'} {'OK' if ok else 'OUT OF RANGE'} "
              f"risk={risk(rules)} rules={rules}" + (f" tco_share={share:.2f}" if share is not None else ""))
    assert covered == set(ALL_RULES), sorted(set(ALL_RULES) - covered)
    print("all 20 CR rules covered")
    for p in problems:
        print("PROBLEM", p)
    assert not problems


if __name__ == "__main__":
    main()
