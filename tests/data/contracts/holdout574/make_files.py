"""holdout574: ten blind, ordinary draft contracts + labels, written before any run of the tool.

Builds the ten contract files (.pdf/.docx via ../word_pdf.py, .txt/.md written as is), writes the ten .json labels,
derives each draft's expected rules from its own labels by my reading of policy.md section 3, checks them against the
design list, asserts that all 20 CR rules fire, measures the read-back lengths and scans every source and built file for
threshold figures. Run: /work/main/.venv/bin/python -B make_files.py
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------------------------------------------------------- z01
H574Z01 = """T:国土空间规划"一张图"实施监督信息平台建设项目政府采购合同
P:合同编号：LZZRJ-ZFCG-2026-017　采购方式：公开招标
P:甲方（采购人）：临洲市自然资源和规划局　地址：临洲市府前路88号
P:乙方（供应商）：苍穹地信科技股份有限公司　地址：南京市江宁区秣周东路12号
P:根据《中华人民共和国民法典》《中华人民共和国政府采购法》及其实施条例，以及本项目招标文件（编号LZZB-2026-031）和乙方投标文件，甲乙双方本着平等自愿、诚实信用的原则，就临洲市国土空间规划"一张图"实施监督信息平台（以下简称"平台"）的软件许可及定制开发事宜，经协商一致，订立本合同。
H:第一条 项目内容
P:1.1 乙方向甲方提供平台软件（含"一张图"数据管理、规划成果审查、指标模型管理、监测评估预警四个子系统）的永久使用许可，许可范围为甲方及其下属规划编研中心，不限用户数。
P:1.2 乙方按甲方需求开展定制开发，包括：国土空间总体规划和详细规划成果的审查规则库、"三区三线"管控核查模块、规划实施体检评估模块，以及与甲方不动产登记系统、电子政务审批系统的接口。
P:1.3 乙方负责现状数据、规划成果数据的整合入库，并提供部署实施、培训及技术服务。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰陆拾捌万元整（¥2,680,000.00），为含税全包价，包括软件许可、定制开发、数据整合、实施培训及质保期内全部服务费用。分项价格如下：
TB:序号|项目|金额（元）
TB:1|平台软件永久许可（四个子系统）|1,260,000
TB:2|定制开发（审查规则库、管控核查、体检评估、系统接口）|980,000
TB:3|数据整合入库|356,000
TB:4|部署实施及培训|84,000
TB:合计||2,680,000
P:2.2 合同履行期间价格固定，甲方不另行支付其他费用。
H:第三条 付款方式
P:3.1 本合同生效且甲方收到乙方开具的合法发票后15个工作日内，甲方支付合同总价的20%，即¥536,000元，作为预付款。
P:3.2 平台通过初步验收后15个工作日内，甲方支付合同总价的45%，即¥1,206,000元。
P:3.3 平台通过最终验收后15个工作日内，甲方支付合同总价的35%，即¥938,000元。
P:3.4 乙方应在合同签订前向甲方提交合同总价5%的履约保证金，以银行保函形式提交，最终验收合格后无息退还。
P:3.5 甲方按照财政国库集中支付的规定付款，因财政审批流程造成的合理延迟不视为甲方违约。
H:第四条 交付期限
P:4.1 乙方应在合同签订后90日内完成软件部署和定制开发，150日内完成数据整合入库并提交初步验收申请。
P:4.2 乙方应为甲方业务人员和系统管理员分别组织不少于3期的集中培训，并提供操作视频和培训教材，确保甲方人员能够独立完成日常审查、数据更新和用户管理工作。
P:4.3 乙方应向甲方提交安装介质、用户手册、运维手册、数据字典、接口说明及定制开发部分的源代码。
H:第五条 验收
P:5.1 初步验收由甲方组织，依据招标文件技术要求及附件《需求规格说明书》逐项核验：各项功能全部实现；典型查询响应时间不超过3秒，200个并发用户下系统稳定；入库数据与原始成果数据逐图层比对一致；接口联调通过。
P:5.2 初步验收合格后平台进入试运行，试运行期为60日，期间未发生一级故障，且经第三方测评机构完成网络安全等级保护三级测评并出具合格报告的，甲方组织最终验收，并出具书面验收报告。
P:5.3 平台上线、甲方实际使用或支付部分款项，均不视为验收合格。验收不合格的，乙方应在15日内整改并重新提交验收。
H:第六条 质量保证与维护
P:6.1 质保期为三十六个月，自最终验收合格之日起计算。质保期内乙方免费提供软件缺陷修复、版本升级和技术支持。
P:6.2 质保期满后，甲方可选择与乙方签订维护合同。年度维护费按平台软件许可费的8%计取，即每服务年度¥100,800元，质保期满后连续三个服务年度内不作上调。
H:第七条 服务水平
P:7.1 质保期内平台月度可用率不低于99.95%（计划内维护时间除外，计划维护须提前3个工作日经甲方同意）。
P:7.2 故障分级及响应：一级故障（平台整体不可用或核心审查功能失效）30分钟内响应，2小时内到场，8小时内恢复；二级故障2小时内响应，24小时内解决；三级故障在下一个工作日内解决。
P:7.3 乙方响应或恢复超过上述时限的，每超过1小时扣减违约金¥1,000元；月度可用率每低于承诺值0.01个百分点，扣减¥500元。上述款项可从应付款或履约保证金中直接扣除。
H:第八条 知识产权
P:8.1 平台标准软件的知识产权归乙方，乙方授予甲方永久的、不可撤销的使用许可。
P:8.2 为本项目定制开发的模块、规则库、接口程序及其源代码、文档，知识产权归甲方所有，甲方有权自行或委托第三方修改、使用和再开发。
P:8.3 乙方保证所提供的软件不侵犯第三方权利，否则由乙方承担全部责任。
H:第九条 数据安全
P:9.1 本项目涉及的全部空间数据、规划成果及业务数据归甲方所有。乙方仅为履行本合同使用该数据，不得留存、复制或用于任何其他目的。
P:9.2 乙方应遵守测绘地理信息及网络数据安全的法律法规，在甲方指定的涉密或内部网络环境中作业，所有运维操作经堡垒机记录，不得将数据拷贝出甲方网络。
P:9.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任及相应法律责任。
H:第十条 保密
P:10.1 乙方对在履行合同中知悉的甲方工作秘密、未公开的规划信息及其他非公开资料负有保密义务，未经甲方书面同意不得向第三方披露。本条义务在合同终止后继续有效。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期通过验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金；逾期超过60日的，甲方有权解除合同。
P:11.2 乙方交付的软件或服务不符合合同约定的，应在甲方规定的期限内免费整改；整改后仍不合格的，甲方有权解除合同并要求乙方赔偿损失。
H:第十二条 分包
P:12.1 本项目不允许分包。乙方不得将合同项下的任何工作转包或分包给第三方。
H:第十三条 合同解除
P:13.1 乙方有重大违约行为，经甲方书面通知后15日内仍未改正的，甲方有权书面通知解除合同，乙方应退还已收取的相应款项并赔偿损失。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十五条 其他
P:15.1 合同履行中的通知以书面形式送达合同载明的地址，任何一方变更地址或联系人的，应在3日内书面通知对方。
P:15.2 招标文件、投标文件、中标通知书及附件均为本合同的组成部分。本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：临洲市自然资源和规划局　　乙方（盖章）：苍穹地信科技股份有限公司
P:法定代表人或授权代表：　　　　　　　　　法定代表人或授权代表：
P:日期：2026年3月　日　　　　　　　　　　　日期：2026年3月　日
"""

# ---------------------------------------------------------------------------------------------------------------- z02
H574Z02 = """T:回转窑DCS控制系统改造及维保合同
P:合同编号：HSSN-JG-2026-0412
P:甲方（买方）：衡山海螺峰水泥有限公司　地址：湖南省衡阳市南岳区工业园水泥路1号
P:乙方（卖方）：长沙中控自动化工程有限公司　地址：长沙市岳麓区麓谷大道617号
P:鉴于甲方4号熟料生产线（日产5000吨）回转窑现有控制系统设备老化、备件停产，甲方决定对其进行改造。乙方具备相应的设计、供货和系统集成能力。双方经友好协商，就改造及后续维保事宜订立本合同，共同遵守。
H:1. 工作范围
P:1.1 乙方负责窑头、窑尾、篦冷机、煤磨及生料入窑系统DCS控制系统的设计、供货、组态编程、安装调试和投运，替换原有控制器、I/O模件及操作站。
P:1.2 乙方提供窑头高温工业电视、筒体红外扫描测温系统，以及先进过程控制（APC）软件的永久许可，并完成与甲方MES系统的数据接口。
P:1.3 乙方须在甲方年度停窑检修窗口内完成切换，停窑切换时间不超过10日。
H:2. 合同价格
P:2.1 合同总价为人民币贰佰陆拾陆万元整（¥2,660,000），含税、含运输保险及全部安装调试费用。价格明细如下：
TB:序号|名称|数量|金额（元）
TB:1|DCS控制器、I/O模件及机柜|1套|1,180,000
TB:2|操作站、工程师站及历史数据服务器|1套|236,000
TB:3|窑头高温工业电视及筒体红外扫描测温系统|1套|418,000
TB:4|APC先进控制软件永久许可|1套|360,000
TB:|软硬件小计||2,194,000
TB:5|组态编程及定制操作画面|1项|248,000
TB:6|安装调试及投运|1项|186,000
TB:7|操作及维护培训|1项|32,000
TB:|合同总价||2,660,000
H:3. 付款
P:3.1 合同生效后10个工作日内，甲方凭乙方发票支付合同总价的10%作为预付款，即¥266,000元。
P:3.2 设备全部到达甲方现场并经开箱检验合格后，甲方支付合同总价的35%，即¥931,000元。开箱检验仅核对数量、型号和外观，不代表质量验收。
P:3.3 系统通过最终验收后，甲方支付合同总价的45%，即¥1,197,000元。
P:3.4 余款10%即¥266,000元作为质量保证金，质保期满且无未解决的质量问题后支付。
H:4. 交货与安装
P:4.1 乙方应在合同生效后75日内将全部设备运抵甲方现场，并在甲方停窑检修期间完成安装和切换。
P:4.2 乙方现场人员应遵守甲方安全生产管理制度，动火、高处及受限空间作业须办理作业票。乙方应为现场人员办理意外伤害保险，因乙方人员违章作业造成的人身伤害和财产损失由乙方承担。
P:4.5 切换期间乙方应安排不少于6名工程师现场值守，制定详细的切换方案和回退方案，经甲方生产技术部审定后执行。切换完成后乙方应继续驻厂30日，协助甲方操作人员熟悉新系统，处理投运初期出现的问题。
P:4.3 乙方应在甲方现场为中控室操作员、仪表及电气维护人员组织不少于两期的培训，培训内容包括系统操作、报警处理、常见故障排查和备件更换，培训结束后由甲方组织考核。
P:4.4 乙方应提交设计文件、I/O清单、控制逻辑说明、接线图、操作及维护手册和出厂检验报告，资料不全的，甲方有权暂缓支付相应款项。
H:5. 验收
P:5.1 系统投运后进行72小时连续热负荷运行考核，考核标准为：各控制回路投入自动运行，窑况稳定；熟料台时产量不低于改造前同期平均水平；APC投用后熟料游离钙合格率不低于改造前水平；操作画面、报警、联锁功能与设计文件一致；与MES接口数据准确。
P:5.2 热负荷考核通过后，甲方组织最终验收并签署验收报告。仅完成安装或投料试车，不构成验收合格。
P:5.3 最终验收时乙方应提交竣工资料一套，包括竣工图、组态备份、软件许可证书、备品备件清单及调试记录，资料经甲方审核合格后方可签署验收报告。
H:6. 质保与维保
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内因设备或软件质量问题产生的维修、更换费用均由乙方承担。
P:6.2 质保期满后，乙方按软硬件小计的6%收取年度维保费，即每服务年度¥131,640元，质保期满后的三个服务年度内不作上调。维保内容包括定期巡检、软件补丁、备件供应及故障处理。
P:6.3 故障响应：一级故障（导致停窑或主要设备失控）乙方应在1小时内远程响应，6小时内派工程师到达现场；二级故障2小时内响应，24小时内到场。
P:6.4 乙方未按上述时限响应或到场的，每超过1小时向甲方支付¥2,000元；一次故障累计不超过¥50,000元。
H:7. 知识产权
P:7.1 DCS系统软件及APC软件的知识产权归原厂或乙方所有，甲方取得永久使用许可。
P:7.2 为本项目完成的组态程序、控制逻辑、定制操作画面及接口程序归甲方所有，乙方应在验收时移交完整工程文件，甲方可自行修改。
H:8. 数据安全与保密
P:8.1 生产运行数据、工艺参数和配方归甲方所有，乙方不得用于本合同以外的任何目的。
P:8.2 乙方远程维护须经甲方批准，通过甲方提供的安全接入通道进行并留存日志，不得在控制网络中安装未经甲方许可的软件。发生数据泄露或网络安全事件的，乙方应在2小时内报告甲方；因乙方原因造成的，乙方承担全部损失。
P:8.3 双方对在合同履行中获悉的对方商业秘密和技术资料负有保密义务，未经对方书面同意不得向第三方披露，合同终止后继续有效。
H:9. 违约责任
P:9.1 乙方延迟交货或延迟完成投运的，每逾期一日，按合同总价的万分之三向甲方支付违约金，违约金总额不超过合同总价的5%。
P:9.2 乙方提供的设备或软件不符合合同约定的，乙方应负责免费更换或修复；因此造成停窑的，乙方还应赔偿甲方的直接损失。
P:9.3 甲方逾期付款的，每逾期一日按应付未付款的万分之三支付违约金。
H:10. 分包
P:10.1 乙方可将现场电缆敷设、桥架安装等辅助施工工作分包给具有相应资质的单位，但应提前五个工作日书面通知甲方。乙方对分包单位的工作质量和安全承担全部责任。
H:11. 合同解除
P:11.1 乙方严重违约，经甲方书面催告后15日内仍未改正的，甲方有权解除合同，并要求乙方赔偿损失。
P:11.2 因不可抗力不能履行合同的，受影响一方应及时通知对方，并在15日内提供证明，双方协商延期履行或解除合同。市场价格波动及设备供应紧张不属于不可抗力。
H:12. 变更
P:12.1 合同执行中甲方需要增减工作内容的，双方以书面形式确认变更内容和价格，单价按本合同价格明细执行，无对应单价的由双方协商确定。
H:13. 争议解决
P:13.1 本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，提交衡阳仲裁委员会仲裁。
H:14. 其他
P:14.1 双方指定的项目负责人负责日常联络和文件确认，每周召开一次进度例会并形成会议纪要；项目负责人更换的，应提前书面通知对方。
P:14.2 附件（技术协议、设备清单、进度计划）为合同组成部分。本合同一式四份，双方各执二份，自双方签字盖章之日起生效。
P:甲方：衡山海螺峰水泥有限公司（盖章）　　乙方：长沙中控自动化工程有限公司（盖章）
P:代表签字：　　　　　　　　代表签字：
P:签订日期：2026年4月　日
"""

# ---------------------------------------------------------------------------------------------------------------- z03
H574Z03 = """会员及进销存SaaS服务合同

合同编号：BBL-IT-2026-009

甲方（客户）：宝贝乐母婴用品连锁有限公司
地址：郑州市金水区花园路139号
乙方（服务商）：云铺科技（杭州）有限公司
地址：杭州市滨江区长河路590号

鉴于甲方在河南省经营70家母婴门店，需要统一的会员管理及进销存系统；乙方运营"云铺零售"SaaS平台。双方经协商，就乙方向甲方提供SaaS服务及实施服务达成如下协议。

一、服务内容
（一）乙方向甲方70家门店及总部开通"云铺零售"平台的会员管理、积分储值、商品进销存、门店收银、采购配送、营销活动及经营报表功能，门店端账号不限人数。
（二）乙方负责实施服务，包括：系统配置；甲方现有会员（约42万名）、商品及库存数据迁移；与甲方财务软件及两家第三方配送平台的接口对接；门店收银设备联调；总部及门店人员培训。
（三）乙方在服务期内提供7×24小时客服热线和在线工单，为甲方指定的两名系统管理员提供专属客户经理，并在每个服务年度为新入职店员提供不少于4次线上培训。
（四）平台版本升级由乙方统一进行，升级不得减少甲方已使用的功能；重大升级应提前7日通知甲方，并安排在营业时间之外。
（五）服务期自2026年4月1日起至2029年3月31日止，共三个服务年度。

二、费用
（一）订阅费：门店端每店每服务年度3,600元，70家门店合计252,000元；总部端每服务年度48,000元。订阅费合计每服务年度300,000元，三个服务年度共900,000元。
（二）实施费：一次性126,000元。
（三）本合同总价为人民币壹佰零贰万陆仟元整（¥1,026,000）。
（四）甲方在服务期内增开门店的，按每店每服务年度3,600元按月折算增加订阅费；门店关闭的，自次月起相应减少订阅费，但每服务年度减少的门店数不超过10家。
（五）上述费用已包含平台使用、数据存储（不超过2TB）、短信通道之外的全部服务费用。短信按实际发送量每条0.04元另行结算，不计入合同总价。

三、付款方式
（一）订阅费按季度支付，每季度首月10日前支付当季订阅费75,000元。首个季度的订阅费在系统正式上线之日后10个工作日内支付。
（二）实施费在实施验收合格后15个工作日内一次性支付。乙方应在每次收款前5个工作日提交对账单，经甲方财务部门核对无误后付款。
（三）本合同不设预付款。乙方收款前应开具增值税专用发票。

四、实施与验收
（一）乙方应在合同签订后45日内完成全部门店上线。上线采取分批方式，首批10家试点门店运行两周无重大问题后推广至全部门店。
（二）实施验收标准：会员、积分、储值余额及库存数据迁移后与原系统逐项核对一致；收银单笔结算时间不超过2秒；接口数据与财务软件对账一致；全部门店连续运行15日，未发生一级故障。
（三）验收由甲方组织并出具书面验收意见。门店上线或甲方开始使用不视为验收合格。

五、服务水平
（一）平台月度可用率不低于99.5%，计划维护应安排在凌晨0点至6点之间并提前2日通知甲方。
（二）一级故障（全部或多家门店无法收银或无法核销会员权益）30分钟内响应，2小时内恢复；二级故障2小时内响应，当日解决；一般问题在2个工作日内处理。
（三）月度可用率低于承诺值的，乙方按当月订阅费的5%给予服务抵扣；低于99%的，按当月订阅费的10%抵扣。一级故障未在规定时间内恢复的，每次另扣减1,000元。
（四）乙方应于每月5日前向甲方提交上月服务报告，列明可用率、故障清单、处理时长及抵扣金额，抵扣金额从下一季度订阅费中扣除。

六、数据权属与使用
（一）甲方会员信息、交易记录、商品及库存数据归甲方所有。
（二）甲方同意，乙方可在对上述数据进行去标识化处理后，将甲方的销售和会员消费数据用于母婴行业分析报告、平台算法训练及产品改进，乙方不得借此识别具体会员。
（三）甲方数据存储于中国境内的数据中心，乙方不得将其传输至境外。乙方应每日对甲方数据进行备份，备份至少保留30日，甲方可随时申请导出会员及交易数据用于自身经营分析。
（四）服务终止后30日内，乙方应按甲方要求以通用格式导出全部数据交还甲方，并在甲方确认后删除。

七、数据安全
（一）乙方应按网络安全等级保护三级要求运营平台，对会员个人信息加密存储和传输，实行最小授权和操作日志审计，并每服务年度开展一次渗透测试。
（二）发生数据泄露或安全事件的，乙方应在2小时内通知甲方并采取补救措施，配合甲方履行个人信息保护的告知及报告义务；因乙方原因造成的，乙方承担全部赔偿责任。

八、保密
双方对在合作中获悉的对方商业秘密、经营数据及未公开信息负有保密义务，未经对方书面同意不得披露。本条在合同终止后继续有效。

九、知识产权
"云铺零售"平台的知识产权归乙方。乙方为甲方开发的财务接口、配送平台接口程序及定制报表归甲方所有，乙方应交付源代码，甲方可自行修改使用。

十、违约责任
（一）乙方未按期完成上线的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
（二）乙方未按期完成上线的，甲方有权要求乙方增派实施人员。因乙方原因导致甲方会员储值、积分数据错误的，乙方应负责核对更正，并赔偿甲方因此向会员支付的补偿及其他直接损失。
（三）甲方逾期支付费用超过30日的，乙方可书面催告后暂停服务，但应提前5日通知。

十一、续约
服务期届满前30日，任何一方未书面提出不续约的，本合同自动续期一个服务年度，续期订阅费按乙方届时公布的标准价格执行，乙方有权根据市场情况调整价格。

十二、分包
乙方不得将本合同项下的服务转包；确需将部分实施工作分包的，须事先取得甲方书面同意，乙方对分包方的工作承担全部责任。门店收银设备的上门安装可由乙方的区域服务商完成，但该服务商名单应事先经甲方书面确认，其人员须遵守本合同第七条、第八条的约定。

十三、合同解除
任何一方严重违约，经守约方书面通知后15日内未纠正的，守约方有权解除本合同。乙方连续两个月可用率低于承诺值的，甲方有权解除合同并要求退还已付未使用的订阅费。

十四、法律适用及争议解决
本合同适用中华人民共和国法律。争议协商不成的，提交郑州仲裁委员会仲裁。

十五、不可抗力
因地震、洪水、公共卫生事件等不可抗力导致不能履行的，受影响方应在3日内通知对方并提供证明，双方可协商延期履行；但乙方所使用的云服务商、网络运营商故障不属于不可抗力。

十六、通知
双方的通知以书面形式送达本合同载明的地址或双方确认的电子邮箱，电子邮件发出即视为送达。任何一方变更联系方式的，应在3日内书面通知对方。

十七、其他
本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。本合同一式两份，双方各执一份，自双方签章之日起生效。

甲方（盖章）：宝贝乐母婴用品连锁有限公司　　乙方（盖章）：云铺科技（杭州）有限公司
授权代表：　　　　　　　　　　　　　　　　授权代表：
日期：2026年3月　日
"""

# ---------------------------------------------------------------------------------------------------------------- z04
H574Z04 = """江城市公安局交通警察支队交通信号控制系统年度运维服务合同

项目编号：JCGA-CS-2026-022（竞争性磋商）
甲方（采购人）：江城市公安局交通警察支队
乙方（成交供应商）：江城智通交通工程有限公司

根据《中华人民共和国政府采购法》《政府采购竞争性磋商采购方式管理暂行办法》及本项目磋商文件、乙方响应文件和成交通知书，双方就江城市交通信号控制系统运维服务订立本合同。

第一条 服务范围
（1）全市386个信号控制路口的信号机、信号灯、倒计时器、车辆检测器（线圈、地磁及视频检测）及路口通信设备的日常巡检、维修和维护。
（2）交通信号控制中心平台、区域协调控制软件、服务器及中心网络设备的运行维护，包括系统日志检查、数据库备份、病毒库及补丁更新和安全加固。
（3）备品备件的储备和更换，以及重点区域和干线的信号配时优化，服务期内新建或改造路口的接入调试。
（4）重大活动、节假日及恶劣天气期间的交通信号保障。

第二条 服务期限
服务期自2026年7月1日起至2027年6月30日止。服务期满前，乙方应配合甲方完成全部路口设备状况的联合检查，并提交设备状况评估报告。

第三条 履约保证金
乙方应在合同签订前提交合同总价5%的履约保证金，服务期满且甲方确认无未了事项后15个工作日内无息退还。乙方违约应承担的违约金、赔偿金，甲方可从履约保证金中扣除。

第四条 合同价款
本合同总价为人民币壹佰叁拾贰万伍仟肆佰元整（¥1,325,400），明细如下：
（1）路口设备运维：386个路口×2,400元=926,400元；
（2）中心平台及系统运维：168,000元；
（3）备品备件包：135,000元；
（4）信号配时优化：96,000元。
合同价款包含人工、车辆、工具、备件、税费等全部费用，服务期内固定不变。

第五条 付款方式
服务费按季度支付。每季度结束后，甲方根据季度考核结果，在收到乙方发票后15个工作日内支付当季服务费331,350元。本合同不设预付款。

第六条 服务要求与响应时限
（1）乙方应设立24小时值班电话，在市区设置不少于2个运维驻点，配备不少于16名专业技术人员和6辆抢修车辆，人员名单报甲方备案。
（2）一级故障（主干道或重点路口信号灯黑灯、全红闪或信号机死机）：接报后30分钟内到达现场，2小时内修复；
（3）二级故障（单个灯组、倒计时器或检测器故障）：接报后1小时内到达现场，8小时内修复；
（4）三级故障（不影响通行的一般缺陷）：48小时内修复。
（5）中心平台故障应在30分钟内响应，2小时内恢复主要功能。
（6）乙方每月对全部路口巡检不少于一次，巡检内容包括信号机运行状态、灯组亮度、倒计时同步、检测器工作状态及机柜防水防尘情况，并在每月5日前提交上月运维报告，列明巡检、故障处理和备件消耗情况。

（7）重大活动、节假日及雨雪冰冻天气期间，乙方应按甲方指令增派人员在重点路口值守，启动应急预案，确保信号设备正常运行；相关费用已包含在合同价款内。
（8）乙方更换的设备和备件应为原厂或经甲方认可的同等品牌型号，更换下的旧件由甲方处置。乙方不得擅自改变信号机的配时参数，确需调整的须经甲方值班民警书面确认。

第七条 考核
甲方每季度依据《运维考核细则》对乙方的响应时效、修复时效、巡检完成率和资料完整性进行考核。考核结果分为合格和不合格，季度考核得分低于80分的为不合格。考核不合格的，乙方应在甲方规定期限内提交整改报告并完成整改，甲方可对整改情况进行复查。

第八条 配时优化及专项任务
（1）乙方应在服务期内完成不少于20条干线、3个片区的配时优化，每项优化方案经甲方审定后实施，并提交优化前后的通行效率对比评估报告。
（2）乙方应在合同生效后30日内将备品备件包全部入库，备件清单及数量经甲方清点确认。
（3）配时优化成果的验收标准为：干线平均行程时间或停车次数较优化前有改善，方案在信号机上正确下发运行，相关文档完整；由甲方组织评审并出具书面意见。

第九条 数据与网络安全
（1）信号控制系统的全部数据、配时方案、路口运行及流量数据归甲方所有，乙方仅可为履行本合同使用，不得对外提供或用于其他目的。
（2）乙方运维人员须签订安全承诺书，接入公安交通管理专网须经甲方审批，使用甲方指定的运维终端并接受操作审计，严禁将数据拷贝出专网或接入互联网设备。
（3）发生数据泄露、系统被入侵等安全事件的，乙方应立即报告甲方并配合处置；因乙方原因造成的，乙方承担全部法律责任和赔偿责任。

第十条 保密
乙方应与参与本项目的全部人员签订保密协议，报甲方备案。乙方及其人员对在服务中知悉的公安工作秘密、系统架构、账号口令和交通管理信息负有保密义务，未经甲方书面同意不得披露，服务期满后仍须遵守。

第十一条 知识产权
乙方在服务期内形成的配时方案、优化报告、路口基础台账及维护记录归甲方所有，甲方可自行使用、修改或提供给后续运维单位使用。乙方保证其使用的运维工具和软件不侵犯第三方权利。

第十二条 分包
乙方可将路口管线开挖、基础修复等土建施工分包给具有市政施工资质的单位，分包前报甲方备案即可，乙方对分包工作承担全部责任。

第十三条 违约责任
（1）乙方未按本合同约定期限完成备件入库或配时优化任务的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（2）乙方违反第九条、第十条约定的，应承担相应法律责任并赔偿甲方全部损失。

第十四条 合同解除
甲方因城市道路改造、路口撤并等原因需要减少运维路口的，按减少路口数和剩余服务时间相应核减服务费，不视为违约。乙方严重违约，或连续两个季度考核不合格，经甲方书面通知后仍未改正的，甲方有权解除本合同，按实际服务时间结算费用，并要求乙方赔偿损失。

第十五条 人员管理
乙方应对运维人员进行上岗前安全和业务培训，人员须持有相应电工、高处作业等资格证书并经背景审查。乙方应保持运维团队稳定，项目负责人及技术骨干在服务期内原则上不得更换，确需更换的须经甲方同意，新人员的资质不得低于原人员。乙方人员在道路作业时应设置安全警示标志，遵守道路作业安全规定，因乙方作业造成的人身或财产损害由乙方承担。

第十六条 服务交接
服务期满或合同解除时，乙方应在15日内向甲方或甲方指定的单位移交全部资料、账号和备件，并配合完成交接，交接期间不得中断服务。移交资料包括路口设备台账、信号机配置参数及配时方案备份、通信链路资料、故障处理记录及未完成工单清单，由双方逐项签字确认。

第十七条 法律适用与争议解决
本合同适用中华人民共和国法律。争议由双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十八条 其他
磋商文件、响应文件、成交通知书为本合同的组成部分。本合同一式五份，甲方三份，乙方两份，自双方签章之日起生效。

甲方（盖章）：江城市公安局交通警察支队　　乙方（盖章）：江城智通交通工程有限公司
代表：　　　　　　　　　　　　　　　　　　代表：
日期：2026年6月　日
"""

# ---------------------------------------------------------------------------------------------------------------- z05
H574Z05 = """# 禾匠软件 软件产品许可及定制开发合同（标准文本 HJ-2026 版）

合同编号：HJ-XS-2026-0318

甲方（用户）：清源豆制品有限公司
地址：山东省临沂市沂南县经济开发区豆香路6号

乙方（开发商）：禾匠软件（济南）有限公司
地址：济南市高新区舜华路2000号

甲方拟采用乙方"禾匠食品MES"生产管理软件，对豆腐皮生产的浸泡、磨浆、煮浆、揭皮、烘干、包装各工序进行计划、采集和追溯管理。双方根据《中华人民共和国民法典》，在平等自愿的基础上订立本合同。

## 第一条 产品与服务

1.1 乙方向甲方提供"禾匠食品MES"V3.0标准版软件的永久使用许可，包含生产计划、工序报工、批次追溯、原料及成品仓储、质量检验、设备管理六个模块，许可用户数为50个并发用户，限于甲方沂南工厂使用。

1.2 乙方根据甲方需求进行定制开发，内容为：揭皮机及烘干线的数据采集接口、豆腐皮厚度及含水率质检模块、甲方专用生产日报和成本报表。

1.3 乙方负责软件安装部署、基础数据初始化和操作培训。培训对象为甲方生产、质检、仓储部门的关键用户，培训方式为现场集中讲解和上机操作，培训课时合计不少于24课时。基础数据（物料编码、配方、工序、设备台账、班组人员）由甲方按乙方提供的模板整理，乙方负责导入和校验。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 禾匠食品MES V3.0 标准版软件许可（六个模块，50并发） | 368,000 |
| 2 | 定制开发（数据采集接口、质检模块、专用报表） | 126,000 |
| 3 | 安装部署及培训 | 38,000 |
| | 合计 | 532,000 |

本合同总价为人民币伍拾叁万贰仟元整（¥532,000），含增值税。服务器、网络设备、工位终端及数据库软件由甲方自备，不在本合同范围内。

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方向乙方支付合同总价的65%，即¥345,800元。乙方收到该款项后开始安排项目实施。

3.2 软件安装部署完成后5个工作日内，甲方支付合同总价的35%，即¥186,200元。

3.3 甲方逾期付款的，乙方有权暂停实施和技术服务，由此造成的工期延误由甲方承担；逾期超过30日的，甲方应按每日万分之六支付逾期付款违约金。

## 第四条 实施与交付

4.1 乙方在收到首期款后安排实施人员进场，计划实施周期为70日，甲方应指定项目联系人并提供实施所需的办公条件。实施进度以双方确认的项目计划为准，因甲方需求变更、基础数据提供不及时或现场条件不具备造成的延误，实施周期相应顺延。

4.2 乙方交付内容为软件安装程序、用户手册和培训课件。定制开发部分以可执行程序形式交付，不提供源代码。数据采集接口的对接以揭皮机、烘干线设备厂家开放通讯协议为前提，设备厂家不开放协议或另行收费的，由甲方负责协调并承担费用。

4.3 乙方延迟交付的，双方应协商调整实施计划，乙方不因此承担违约金或赔偿责任。

## 第五条 验收

5.1 乙方完成软件安装部署后通知甲方，软件安装部署完成即视为甲方验收合格。

5.2 甲方在使用中发现的问题，由乙方在维护服务中处理，不影响验收结论和付款。

## 第六条 免费维护期

6.1 免费维护期为六个月，自软件安装部署完成之日起计算。免费维护期内，乙方提供远程技术支持、软件缺陷修复和小版本升级。免费维护期不包括因甲方操作不当、擅自修改配置、病毒感染、硬件故障或第三方软件造成的问题，乙方处理此类问题的，按乙方服务价格另行收费。

6.2 乙方在工作日（周一至周五9:00—17:30）通过电话、远程协助方式提供技术支持，并将尽商业上合理的努力在合理时间内解决甲方提出的问题。需要现场服务的，差旅费用由甲方承担。

## 第七条 年度维护服务

7.1 免费维护期满后，甲方应与乙方签订年度维护服务协议，年度维护费按软件许可费的28%计取，即每服务年度¥103,040元。

7.2 年度维护服务包括远程技术支持、缺陷修复、小版本升级。大版本升级、新增功能开发及现场服务另行收费。

7.3 年度维护费在每个服务年度开始前一次性支付，乙方收款后开具发票。年度维护服务期间乙方提供的技术支持方式与第六条相同。

7.4 甲方未续签年度维护服务的，乙方不再提供任何技术支持和升级，再次开通时须补缴中断期间的维护费。

## 第八条 知识产权

8.1 "禾匠食品MES"软件及其相关文档的著作权及其他知识产权归乙方所有。甲方不得对软件进行复制（备份除外）、出租、转让或超出许可范围使用，增加并发用户或扩展到其他工厂的，须另行购买许可。

8.2 乙方为甲方定制开发的数据采集接口、质检模块、专用报表及相关程序和文档，其知识产权均归乙方所有。甲方在本合同许可范围内享有非独占的使用权，不得修改、反向工程或提供给第三方使用。乙方有权将定制开发成果用于其他客户。

## 第九条 数据安全

9.1 甲方在软件中录入和产生的生产、质量、配方及经营数据归甲方所有，乙方不得将其用于本合同以外的目的，也不得向任何第三方提供。

9.2 乙方远程维护须经甲方同意，使用甲方分配的账号并按最小权限操作，不得下载、复制甲方数据。因乙方人员违规操作导致甲方数据泄露或损坏的，乙方承担相应赔偿责任。

## 第十条 保密

双方对在合作中知悉的对方技术信息、配方工艺、客户资料和价格等商业秘密负有保密义务，未经对方书面同意不得向第三方披露，保密期限至相关信息公开之日止。

## 第十一条 责任限制

11.1 乙方对本合同项下的全部责任，无论基于违约、侵权或其他原因，累计不超过合同总价的20%。

11.2 乙方对甲方的间接损失、利润损失、停产损失及数据丢失造成的损失不承担责任。甲方应自行做好数据备份，并保证服务器、网络、操作系统及数据库的正常运行，因上述环境原因造成的软件故障不属于乙方责任范围。

## 第十二条 合同解除

合同解除后，甲方应停止使用定制开发部分，并按乙方要求删除相关程序；标准软件许可按已付款项情况处理。一方严重违反本合同约定，经对方书面催告后30日内仍未改正的，守约方有权解除本合同。因甲方原因解除合同的，已付款项不予退还。

## 第十三条 不可抗力

因不可抗力不能履行本合同的，受影响一方不承担责任，但应及时通知对方并在15日内提供证明。

## 第十四条 争议解决

因本合同引起的争议，双方协商解决；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十五条 其他

15.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份，具有同等法律效力。未尽事宜由双方另行协商。

15.2 本合同的附件包括：产品功能清单、定制开发需求确认书、项目实施计划。附件与正文不一致的，以正文为准。

15.3 本合同为乙方标准文本，双方如有特别约定，以补充协议为准。

甲方（盖章）：清源豆制品有限公司

乙方（盖章）：禾匠软件（济南）有限公司

双方授权代表签字，日期：2026年　月　日
"""

# ---------------------------------------------------------------------------------------------------------------- e01
H574E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. TVS-CN-2026-044
P:This Software Licence and Services Agreement (the "Agreement") is made between Tecnovia Sistemas Ltda., a company organised under the laws of Brazil with its registered office at Rua Conceição 1210, Campinas, São Paulo, Brazil (the "Vendor"), and Ningbo Haoyue Home Appliances Co., Ltd., a company incorporated in the People's Republic of China with its registered office at 88 Binhai Road, Beilun District, Ningbo, Zhejiang (the "Customer").
P:WHEREAS the Customer operates a finished-goods warehouse and two spare-parts warehouses in Ningbo and wishes to replace its existing warehouse software; and WHEREAS the Vendor develops and licenses the TecnoWMS warehouse management system and provides related implementation services; the parties agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the TecnoWMS version 8 server, user and handheld modules listed in Article 3, in object code, with their documentation and all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the ERP interface, the label and report templates, the data migration scripts and all other work product created by the Vendor specifically for the Customer under this Agreement, with their source code and documentation.
P:1.3 "Go-Live" means the start of productive use of the Software in all three warehouses. "Final Acceptance" means the Customer's written acceptance under Article 6.
P:1.4 "Customer Data" means all data entered into, processed by or generated in the Software by or for the Customer, including inventory, order, supplier and customer records.
H:Article 2 Scope
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software at its Ningbo sites for its own business and that of its affiliates in China, for the number of users and devices set out in Article 3.
P:2.2 The Vendor shall configure the Software, develop the Custom Deliverables, migrate the Customer's data, train the Customer's staff and support Go-Live, all as described in the Statement of Work in Annex 1.
H:Article 3 Prices
P:3.1 At the Customer's request all prices are stated and payable in Chinese Yuan (CNY). The total Contract Price is CNY 1,150,000, inclusive of all taxes, made up as follows:
TB:Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:TecnoWMS server licence, perpetual|1|420,000|420,000
TB:Named user licences, perpetual|60|3,800|228,000
TB:RF handheld licences, perpetual|40|2,200|88,000
TB:Licence subtotal|||736,000
TB:Configuration and ERP interface|1 lot|312,000|312,000
TB:Data migration|1 lot|64,000|64,000
TB:Training|1 lot|38,000|38,000
TB:Contract Price|||1,150,000
P:3.2 The prices are fixed for the duration of the project. Travel and living expenses of the Vendor's consultants are included.
H:Article 4 Payment
P:4.1 The Customer shall pay 20% of the Contract Price (CNY 230,000) as an advance within 15 days after signature and receipt of a valid invoice.
P:4.2 The Customer shall pay 45% of the Contract Price (CNY 517,500) within 15 days after Go-Live.
P:4.3 The Customer shall pay the remaining 35% of the Contract Price (CNY 402,500) within 15 days after Final Acceptance.
P:4.4 All payments shall be made by bank transfer to the Vendor's account in China designated in writing. Each party bears its own bank charges.
H:Article 5 Delivery and Project Plan
P:5.1 The Vendor shall deliver the Software within 10 days after signature and achieve Go-Live within 100 days after signature, in line with the project plan in Annex 2.
P:5.2 The Customer shall provide servers, network access, key users and master data as set out in the project plan. Delays caused by the Customer extend the Vendor's dates accordingly.
P:5.3 Each party shall appoint a project manager. The project managers shall meet weekly and record decisions in writing.
H:Article 6 Acceptance
P:6.1 Before Go-Live the parties shall run the user acceptance tests set out in Annex 3. The acceptance criteria are: all functions listed in the Statement of Work work as specified; migrated stock quantities reconcile with the legacy system at location level without difference; the ERP interface exchanges orders, receipts and shipments without error for ten consecutive working days; a handheld transaction completes within two seconds with 40 devices in use.
P:6.2 After Go-Live the Software shall run for 45 days in all three warehouses. If no Severity 1 incident remains open at the end of that period and the criteria in Article 6.1 continue to be met, the Customer shall issue a Final Acceptance certificate within 10 days.
P:6.3 Installation, Go-Live, use of the Software or payment of any instalment does not constitute acceptance. If a test fails, the Vendor shall correct the defect and repeat the test at its own cost.
H:Article 7 Warranty and Support
P:7.1 The Vendor warrants that the Software and the Custom Deliverables will perform in accordance with the documentation and the Statement of Work for twenty-four (24) months from Final Acceptance. During this warranty period, the Vendor shall provide defect correction, updates, new versions and technical support free of charge.
P:7.2 Severity 1 incidents (a warehouse cannot receive or ship goods) shall be responded to within one hour, around the clock, and a workaround shall be provided within eight hours. Severity 2 incidents shall be responded to within two hours during business days, and Severity 3 incidents within the next business day.
P:7.3 For each hour by which the Vendor exceeds a response or workaround time for a Severity 1 incident, the Vendor shall credit the Customer CNY 1,500.
P:7.4 After the warranty period the Customer may order annual support. The annual support fee is 11% of the licence subtotal, that is CNY 80,960 per Support Year, and shall not be increased during the first three Support Years after the warranty period. Support Years are ordered by the Customer in writing; there is no automatic renewal.
H:Article 8 Intellectual Property
P:8.1 The Software and all intellectual property in it remain the property of the Vendor and its licensors.
P:8.2 All rights in the Custom Deliverables vest in the Customer upon creation. The Vendor shall hand over their source code at Final Acceptance, and the Customer may use, modify and license them freely.
P:8.3 The Vendor shall indemnify the Customer against any third-party claim that the Software or the Custom Deliverables infringe intellectual property rights.
H:Article 9 Customer Data and Data Security
P:9.1 Customer Data belongs to the Customer. The Vendor may access and use Customer Data only to perform this Agreement and shall not retain, copy or use it for any other purpose.
P:9.2 The Vendor shall access the Customer's systems only through the Customer's VPN with accounts approved by the Customer, shall follow the Customer's information security policies and applicable PRC data protection law, and shall not transfer Customer Data outside the People's Republic of China.
P:9.3 The Vendor shall notify the Customer of any security incident affecting Customer Data within 24 hours of becoming aware of it, shall take all steps to contain it, and shall be liable for all losses caused by a breach of this Article by the Vendor or its personnel.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential all non-public information received from the other party, use it only for this Agreement and not disclose it to third parties without the other party's prior written consent. This obligation survives termination for three years.
H:Article 11 Delay Damages and Liability
P:11.1 If the Vendor fails to achieve Go-Live by the date in Article 5.1 for reasons attributable to it, the Vendor shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:11.2 The total liability of the Vendor under this Agreement is limited to 150% of the Contract Price. This limit does not apply to breach of Articles 9 and 10, infringement of third-party rights, personal injury, or wilful misconduct.
P:11.3 Neither party is liable for indirect or consequential loss, except as provided in Article 11.2.
H:Article 12 Subcontracting
P:12.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor remains responsible for the work of any approved subcontractor.
H:Article 13 Term and Termination
P:13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.
P:13.2 The Customer may terminate this Agreement if delay damages under Article 11.1 reach their maximum. On such termination the Vendor shall refund the amounts paid for the services not accepted.
P:13.3 The licences granted in Article 2.1 survive any termination other than termination by the Vendor for non-payment of the licence fees.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the Federative Republic of Brazil.
P:14.2 Any dispute arising out of this Agreement shall be finally settled by arbitration under the rules of the Center for Arbitration and Mediation of the Chamber of Commerce Brazil-Canada (CAM-CCBC). The seat of arbitration is São Paulo, Brazil, and the language of the arbitration is English.
H:Article 15 General
P:15.1 This Agreement, with its Annexes (Annex 1 Statement of Work, Annex 2 Project Plan, Annex 3 Acceptance Tests), is the entire agreement of the parties on its subject matter. Amendments must be in writing and signed by both parties.
P:15.2 This Agreement is signed in two originals in English, one for each party, and takes effect on the date of the last signature.
P:For the Vendor: Tecnovia Sistemas Ltda. Name: ______ Title: Director Date: ______
P:For the Customer: Ningbo Haoyue Home Appliances Co., Ltd. Name: ______ Title: Legal Representative Date: ______
"""

# ---------------------------------------------------------------------------------------------------------------- e02
H574E02 = """# ORDER FORM — RotaCerta Field Service Cloud

**Order Form No.** SA-OF-2026-0217

**Vendor:** Serra Azul Software Ltda., Avenida do Contorno 4520, Belo Horizonte, Minas Gerais, Brazil ("Vendor")

**Customer:** Wuhan Tongda Elevator Maintenance Co., Ltd., 16 Guanggu Avenue, Donghu High-tech Zone, Wuhan, Hubei, China ("Customer")

This Order Form is entered into under, and incorporates, the RotaCerta General Terms set out below (together, the "Agreement"). If the Order Form and the General Terms conflict, the Order Form prevails.

## Section 1 Order Details

1.1 **Service.** RotaCerta Field Service Cloud: work-order scheduling, technician dispatch, mobile app for technicians, spare-parts tracking, customer portal and standard reports, hosted by Vendor in a data centre in mainland China operated by a PRC cloud provider.

1.2 **Subscription Term.** From 1 May 2026 (the "Service Start Date") to 30 April 2028, consisting of two Subscription Years.

1.3 **Fees.** At the Customer's request all fees are in CNY and include VAT.

| Item | Quantity | Unit fee per Subscription Year (CNY) | Fee per Subscription Year (CNY) |
|---|---|---|---|
| Technician seats | 180 | 1,100 | 198,000 |
| Dispatcher seats | 20 | 2,400 | 48,000 |
| Subscription fees per Subscription Year | | | 246,000 |
| Subscription fees for the Subscription Term (two Subscription Years) | | | 492,000 |
| Onboarding (one-time): configuration, data import, integration with Customer's ERP, training | | | 58,000 |
| Total Order Value | | | 550,000 |

1.4 **Billing.** Subscription fees are invoiced quarterly in advance; the first quarterly invoice is issued on the Service Start Date. The onboarding fee is invoiced after Go-Live Acceptance under Section 4.2. Invoices are payable within 30 days. No amount is payable before the Service Start Date.

1.5 **Additional seats.** Additional seats may be ordered at the unit fees above, prorated to the end of the current Subscription Year.

## Section 2 Service Levels

2.1 **Availability.** Vendor shall make the Service available 99.95% of the time in each calendar month, excluding scheduled maintenance notified at least five days in advance and performed between 00:00 and 05:00 China Standard Time.

2.2 **Support.** Priority 1 incidents (the Service is unavailable, or technicians cannot receive or close work orders) shall be responded to within one hour, 24 hours a day, 7 days a week, and Vendor shall work continuously until the Service is restored. Priority 2 incidents shall be responded to within two business hours and Priority 3 incidents within one business day.

2.3 **Service Credits.** If monthly availability falls below 99.95%, Customer receives a credit of 5% of the monthly subscription fees; below 99.5%, 10%; below 99%, 20%. If Vendor misses the Priority 1 response time, Customer receives a further credit of CNY 1,000 per incident. Credits are deducted from the next invoice.

2.4 **Reports.** Vendor shall provide a monthly service report showing availability, incidents and response times, the credits due, and the root cause and corrective actions for every Priority 1 incident. Vendor's service manager shall review the report with Customer's IT manager in a monthly call and agree on any improvement actions, which Vendor shall then complete within the agreed time.

## Section 3 Renewal

3.1 After the Subscription Term, this Agreement renews automatically for successive periods of one Subscription Year each unless either party gives notice of non-renewal at least 60 days before the end of the then-current term.

3.2 Fees for each renewal Subscription Year shall be at Vendor's then-current list prices, which Vendor may set at its discretion and will notify to Customer at least 30 days before the renewal.

## Section 4 Onboarding and Acceptance

4.1 Vendor shall complete onboarding within 45 days after the Service Start Date, following the onboarding plan attached as Exhibit A.

4.2 **Go-Live Acceptance.** Customer shall test the configured Service against the acceptance criteria in Exhibit A, which include: all 3,400 elevator sites and their maintenance schedules imported correctly; work orders created in Customer's ERP appear in RotaCerta within one minute; technicians can receive, update and close work orders offline and online; standard reports reconcile with ERP data. Customer shall confirm acceptance in writing within 10 business days after successful testing. Use of the Service in production alone is not acceptance.

4.3 **Delay.** If onboarding is not completed within the period in Section 4.1 for reasons attributable to Vendor, Vendor shall pay Customer CNY 500 for each day of delay, up to CNY 20,000.

---

# RotaCerta GENERAL TERMS

## Section 5 Use of the Service

5.1 Vendor grants Customer and its authorised users a non-exclusive, non-transferable right to use the Service during the Subscription Term for Customer's internal business purposes.

5.2 Customer is responsible for its users' account credentials and for the accuracy of the data it enters. Customer shall not use the Service to store data unrelated to its maintenance business, and shall not attempt to access the Service's source code or test its security without Vendor's prior agreement.

## Section 6 Customer Data

6.1 All data that Customer or its users enter into or generate with the Service ("Customer Data") belongs to Customer. Vendor uses Customer Data only to provide the Service to Customer and for no other purpose.

6.2 At the end of the Agreement Vendor shall, at Customer's request, export Customer Data in CSV format within 15 days and then delete it from its systems, confirming deletion in writing.

## Section 7 Data Security

7.1 Vendor shall maintain appropriate technical and organisational measures to protect Customer Data, including encryption in transit and at rest, role-based access control, logging of administrative access, annual penetration tests and backups at least daily, and shall keep Customer Data stored in mainland China.

7.2 Vendor shall notify Customer of any security incident affecting Customer Data within 24 hours, take all reasonable steps to contain it, and cooperate with Customer in any notification to authorities or individuals.

7.3 Vendor is liable for losses resulting from a security incident caused by its breach of this Section 7.

## Section 8 Confidentiality

8.1 Each party shall protect the other party's confidential information with at least reasonable care, use it only for the purposes of this Agreement and not disclose it to third parties, except to its employees and advisers who need to know it and are bound by similar obligations. This obligation continues for three years after the end of the Agreement.

## Section 9 Intellectual Property

9.1 Vendor owns the Service and all its underlying software. Configurations, report templates and integration mappings created for Customer during onboarding belong to Customer, and Customer may use, modify and license them freely.

## Section 10 Subprocessors

10.1 Vendor shall not engage any subcontractor or subprocessor to process Customer Data, other than the hosting provider named in Exhibit B, without Customer's prior written consent. Vendor remains responsible for the performance of any such party.

## Section 11 Warranties

11.1 Vendor warrants that the Service will perform materially in accordance with its documentation and that it will perform the onboarding services with due skill and care.

## Section 12 Limitation of Liability

12.1 Neither party is liable for indirect, incidental or consequential damages, or for loss of profits.

12.2 Each party's total aggregate liability arising out of or relating to this Agreement shall not exceed the fees paid or payable by Customer under this Agreement in the six months immediately preceding the event giving rise to the claim.

12.3 The limitation in Section 12.2 does not apply to Customer's obligation to pay fees.

## Section 13 Termination

13.1 Either party may terminate this Agreement by written notice if the other party materially breaches it and fails to cure the breach within 30 days after receiving written notice.

13.2 Customer may also terminate this Agreement by written notice if monthly availability falls below 99% in any two consecutive months. On any termination by Customer under this Section, Vendor shall refund prepaid fees for the period after termination.

## Section 14 Governing Law and Disputes

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules in force at the time. The award is final and binding on both parties.

## Section 15 General

15.1 Neither party may assign this Agreement without the other party's written consent, except to a successor of its whole business.

15.2 Notices shall be in writing and sent to the addresses above or to the email addresses of each party's contract contact.

15.3 Neither party is liable for delay caused by events beyond its reasonable control, provided it notifies the other party promptly and uses reasonable efforts to resume performance.

**Signed for Vendor:** Serra Azul Software Ltda. — Name: ________ Title: Managing Partner — Date: ________

**Signed for Customer:** Wuhan Tongda Elevator Maintenance Co., Ltd. — Name: ________ Title: General Manager — Date: ________
"""

# ---------------------------------------------------------------------------------------------------------------- e03
H574E03 = """T:PURCHASE CONTRACT FOR COLD-STORE MONITORING SENSORS AND SOFTWARE
P:Contract No. QDLL-CG-2026-031
P:Buyer: Qingdao Lanling Cold Chain Logistics Co., Ltd., 66 Haiwan Road, Huangdao District, Qingdao, Shandong, China (the "Buyer")
P:Supplier: Sensoria Instrumentação Ltda., Rua Pio XII 318, Londrina, Paraná, Brazil, acting through its authorised representative office in Shanghai (the "Supplier")
P:Background: The Buyer operates a cold store of 42,000 square metres with ammonia refrigeration at its Huangdao site. Following a competitive tender (Tender No. QDLL-ZB-2026-008), the Buyer has awarded the Supplier the supply, installation and commissioning of a wireless temperature monitoring and ammonia leak detection system. This contract is on the Buyer's standard purchasing terms.
H:1. Definitions
P:1.1 "Equipment" means the sensors, detectors, gateways and accessories listed in clause 2. "Software" means the SensoView monitoring software licensed under clause 2.
P:1.2 "System" means the Equipment and the Software installed, configured and integrated at the Site. "Site" means the Buyer's cold store at the address above.
P:1.3 "Final Acceptance" means the Buyer's written acceptance of the System under clause 6.
P:1.4 "Critical Fault" means a fault described in clause 7.3. "Business day" means a working day in the People's Republic of China.
P:1.5 Headings are for convenience only. References to clauses are to clauses of this contract, and the annexes form part of it. If the Chinese version of a notice or report differs from the English version, the parties shall agree on the correct meaning in good faith.
H:2. Scope and Price
P:2.1 The Supplier shall supply, install, calibrate and commission the System, integrate it with the Buyer's refrigeration control system and warehouse management system, and train the Buyer's staff.
P:2.2 All prices are in CNY, include VAT, import duties, transport, insurance and all costs to the Site, and are fixed:
TB:No.|Item|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensor, -40 °C to +60 °C|420|680|285,600
TB:2|Ammonia leak detector with local alarm, explosion-proof|36|5,200|187,200
TB:3|LoRa gateway with 4G backup|18|7,800|140,400
TB:4|SensoView monitoring software, perpetual site licence|1|96,000|96,000
TB:|Equipment and Software subtotal|||709,200
TB:5|Installation, calibration and commissioning|1 lot|86,400|86,400
TB:6|Training|1 lot|14,400|14,400
TB:|Contract Price|||810,000
H:3. Payment
P:3.1 10% of the Contract Price (CNY 81,000) is payable within 15 days after signature, against the Supplier's invoice and an advance payment bank guarantee of the same amount issued by a bank in China.
P:3.2 55% of the Contract Price (CNY 445,500) is payable within 15 days after delivery and installation of all Equipment at the Site, confirmed by a delivery note signed by the Buyer. This confirmation is not acceptance of the quality of the Equipment.
P:3.3 35% of the Contract Price (CNY 283,500) is payable within 15 days after Final Acceptance.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver all Equipment to the Site within 60 days after signature and complete installation and commissioning within 30 days after delivery.
P:4.2 Installation shall be carried out without interrupting cold-store operations. The Supplier's personnel shall comply with the Buyer's safety rules, including rules for work in refrigerated rooms and near ammonia plant.
P:4.3 Before installation starts, the Supplier shall submit a detailed installation plan showing the position of every sensor, detector and gateway, the cable routes for wired detectors, the mounting method in each room and the schedule by room. The plan requires the Buyer's written approval. The Supplier shall carry out a radio survey of the Site and add gateways at its own cost if coverage proves insufficient.
P:4.4 Each Equipment item shall bear a calibration certificate traceable to a national standard. Ammonia detectors shall hold valid explosion-proof certification for use in China.
H:5. Delay
P:5.1 If the Supplier fails to complete delivery, installation or commissioning by the dates in clause 4.1, it shall pay the Buyer liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price. If the delay exceeds 45 days, the Buyer may terminate this contract.
H:6. Acceptance
P:6.1 After commissioning the System shall run for a trial period of 30 days. Final Acceptance requires that: every sensor reports to the Software at least once every two minutes; measured temperatures deviate by no more than 0.3 °C from a calibrated reference at five test points per room; each ammonia detector triggers its local alarm and an alarm in the Software within 60 seconds of a test gas exposure; alarms are forwarded by SMS and to the refrigeration control system; no more than three sensors fail during the trial period.
P:6.2 If the criteria are met, the Buyer shall sign the Final Acceptance certificate within 10 days. Installation, commissioning or use of the System does not constitute acceptance. If the criteria are not met, the Supplier shall correct the defects and the trial period starts again.
H:7. Warranty and Maintenance
P:7.1 The Supplier warrants the System against defects in design, materials and workmanship for thirty-six (36) months from Final Acceptance. During this period the Supplier shall repair or replace defective Equipment free of charge, including batteries, and provide Software updates free of charge.
P:7.2 After the warranty period the Buyer may order annual maintenance. The annual maintenance fee is 7% of the Equipment and Software subtotal, that is CNY 49,644 per year, fixed for the first two years after the warranty period.
P:7.3 Critical faults (ammonia detection or alarm forwarding not working in any room, or more than ten sensors offline) shall be responded to remotely within one hour, at any time, and an engineer shall be on Site within 24 hours. Other faults shall be responded to within one business day.
P:7.4 The Supplier shall keep a stock of spare sensors, detectors and gateways in China equal to at least 3% of the installed quantity of each item, so that faulty units can be replaced without waiting for shipments from Brazil. Ammonia detectors shall be recalibrated by the Supplier every six months during the warranty period, at no extra charge, and the calibration records shall be handed to the Buyer.
P:7.5 For each hour by which the Supplier exceeds the response or on-site time for a critical fault, the Supplier shall pay the Buyer CNY 800.
H:8. Intellectual Property
P:8.1 The Software remains the property of the Supplier, which grants the Buyer a perpetual licence to use it at the Site.
P:8.2 The integration programs, alarm configurations, room layouts and reports developed for the Buyer belong to the Buyer, which may use and modify them freely. The Supplier shall deliver their source files at Final Acceptance.
H:9. Data
P:9.1 All measurement data, alarm records and logs generated by the System belong to the Buyer. The Supplier shall use them only to perform this contract.
P:9.2 The System shall store data on the Buyer's servers at the Site. The Supplier may access the System remotely only with the Buyer's prior approval for each session, through the Buyer's VPN, with logging. The Supplier shall not copy data out of the Buyer's network.
P:9.3 The Supplier shall notify the Buyer of any security incident within 24 hours and is liable for all losses caused by its breach of this clause.
H:10. Confidentiality
P:10.1 The Supplier shall keep confidential all information received from the Buyer, including site layouts, customer information and security arrangements, and shall not disclose it without the Buyer's prior written consent, during this contract and for three years after it ends.
H:11. Liability
P:11.1 The Supplier's total liability under this contract is limited to 200% of the Contract Price. The limit does not apply to personal injury, damage caused by wilful misconduct or gross negligence, or breach of clauses 9 and 10.
H:12. Subcontracting
P:12.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent, and remains fully responsible for approved subcontractors. The Supplier's Shanghai representative office shall act as its single point of contact for all matters under this contract, including warranty claims, spare parts and invoices.
H:13. Termination
P:13.1 The Buyer may terminate this contract by written notice if the Supplier commits a material breach and fails to remedy it within 15 days after written notice. The Supplier shall then refund the amounts paid for work not accepted and compensate the Buyer's losses.
H:14. Governing Law and Disputes
P:14.1 This contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao.
H:15. General
P:15.1 The Supplier shall train the Buyer's refrigeration engineers, warehouse supervisors and security staff on the use of the Software, the handling of alarms, the replacement of batteries and the basic maintenance of the detectors, in at least two sessions at the Site, and shall provide training materials in Chinese.
P:15.2 The tender documents, the Supplier's bid and the technical specification annexed to this contract form part of it. In case of conflict, this contract prevails. Amendments must be in writing and signed by both parties.
P:For the Buyer: ____________________    For the Supplier: ____________________
P:Date: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------- e04
H574E04 = """# MANAGED HOTEL NETWORK SERVICES AGREEMENT

Agreement No. BMN-CN-2026-012

**Service Provider:** Baía Managed Networks Ltda., Avenida Tancredo Neves 1632, Salvador, Bahia, Brazil, acting through its wholly owned subsidiary Baía Networks (Shenzhen) Co., Ltd. (the "Provider")

**Customer:** Shenzhen Nanyue Hotel Management Co., Ltd., 3001 Shennan Avenue, Futian District, Shenzhen, Guangdong, China (the "Customer")

The Customer manages fourteen business hotels in Guangdong and wishes to outsource the operation of the guest and staff networks of these hotels. The Provider offers managed network services to hotel groups. The parties therefore agree as follows.

## 1. DEFINITIONS

"Services" means the managed network services described in Schedule 1. "Hotels" means the fourteen hotels listed in Schedule 1. "Service Commencement Date" means the date on which the Provider has taken over all Hotels and the Customer has confirmed the takeover under clause 4. "Service Year" means each of the three consecutive periods starting on the Service Commencement Date or on an anniversary of it. "Charges" means the charges set out in Schedule 2.

## 2. SERVICES

2.1 The Provider shall operate, monitor and maintain the guest Wi-Fi, staff networks, internet links, firewalls and switches of the Hotels, run the guest portal and authentication system required by PRC law, and provide a 24 x 7 service desk for hotel staff and guests.

2.2 The Provider shall replace faulty network equipment owned by the Customer with equivalent equipment from its spare stock and shall keep an inventory of all equipment.

2.3 The Provider shall submit a monthly service report and attend a quarterly service review with the Customer. The monthly report shall show availability per Hotel, incidents by priority, response and restoration times, service desk statistics, equipment replaced and the service credits due.

2.4 The Provider shall carry out a preventive maintenance visit to each Hotel at least once per quarter, check the condition of access points, switches and cabling, clean and label equipment rooms, and update the network documentation.

2.5 The Provider shall propose improvements to coverage and capacity where the monthly reports show recurring problems, with a price quotation for any new equipment. New equipment is purchased by the Customer under a separate order.

## 3. TERM

This Agreement starts on signature and continues until the end of the third Service Year. It ends automatically at that time unless the parties agree in writing to extend it.

## 4. TRANSITION AND SERVICE COMMENCEMENT

4.1 The Provider shall take over the Hotels within 60 days after signature in accordance with the transition plan in Schedule 1.

4.2 The Customer shall confirm the takeover in writing when the acceptance criteria in Schedule 1 are met: every Hotel's network is documented and monitored by the Provider; guest authentication works in every Hotel; test calls to the service desk are answered and logged; and there is no open Priority 1 incident.

4.3 If the Service Commencement Date does not occur within the period in clause 4.1 for reasons attributable to the Provider, the Provider shall pay the Customer CNY 3,000 for each day of delay.

## 5. SERVICE LEVELS

5.1 The Provider shall meet the service levels in Schedule 3. Network availability is measured for each Hotel per calendar month.

5.2 Where a service level is missed, the Provider shall grant the service credits set out in Schedule 3. Service credits are deducted from the next monthly invoice.

5.3 Service credits are the Customer's sole and exclusive remedy for any failure to meet the service levels.

## 6. CHARGES AND PAYMENT

6.1 The Customer shall pay the Charges in Schedule 2. The monthly service charge is invoiced monthly in arrears. The transition fee is invoiced after the Service Commencement Date.

6.2 Invoices are payable within 30 days after receipt. Charges are fixed for the term of this Agreement.

6.3 If a Hotel is closed, sold or leaves the Customer's management, the Customer may remove it from the Services with 60 days' written notice, and the monthly service charge is reduced by CNY 6,500 from the month after removal. New hotels may be added at the same charge per Hotel after a takeover under clause 4.

## 7. CUSTOMER DATA

7.1 All data relating to guests, staff and the Hotels processed by the Provider in performing the Services, including guest registration records, network logs and configuration data, belongs to the Customer.

7.2 The Provider shall use such data only to perform the Services and shall return it to the Customer at the end of this Agreement.

## 8. CONFIDENTIALITY

8.1 Each party shall keep confidential all information disclosed by the other party in connection with this Agreement, and shall not disclose it to any third party without the other party's prior written consent, during this Agreement and for three years after it ends.

8.2 This clause does not apply to information that is public, already known to the receiving party, or required to be disclosed by law.

## 9. INTELLECTUAL PROPERTY

9.1 Network designs, configurations, documentation and reports prepared by the Provider for the Customer under this Agreement belong to the Customer, which may use and modify them freely, including with a successor provider.

9.2 The Provider's monitoring tools and portal software remain the Provider's property.

## 10. SUBCONTRACTING

The Provider shall not subcontract the Services or any part of them without the Customer's prior written consent.

## 11. LIABILITY

11.1 Neither party is liable for indirect or consequential loss or for loss of profit.

11.2 The Provider is liable for damage to the Customer's property caused by its personnel, and shall maintain public liability insurance with a reputable insurer in China for the duration of this Agreement.

## 12. TERMINATION AND EXIT

12.1 This Agreement may be terminated before the end of the term only by mutual written agreement of the parties, or by either party by written notice if a force majeure event prevents performance for more than 90 consecutive days.

12.2 Where a Hotel suffers repeated failures, the parties shall meet within 10 days at the Customer's request to agree on a remediation plan, and the Provider shall carry out the agreed plan at its own cost.

12.3 At the end of this Agreement for any reason, the Provider shall hand over all documentation, configurations, passwords and the equipment inventory to the Customer or its new provider, and shall provide reasonable exit assistance for 30 days at no additional charge.

## 13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen.

## 14. GENERAL

14.1 This Agreement, with its Schedules, is the entire agreement between the parties on its subject matter. Changes must be agreed in writing.

14.2 Notices must be in writing and sent to the addresses above.

14.3 The Provider shall comply with the Customer's hotel rules when on site, including rules on guest privacy, dress and access to guest floors, and shall ensure that its engineers carry identification at all times. Work in guest areas shall be scheduled to avoid disturbing guests.

---

## SCHEDULE 1 — HOTELS, SCOPE AND TRANSITION

| Region | Hotels | Guest rooms | Access points |
|---|---|---|---|
| Shenzhen | 6 | 1,420 | 1,180 |
| Guangzhou | 4 | 960 | 810 |
| Dongguan | 2 | 450 | 390 |
| Zhuhai | 2 | 410 | 350 |
| Total | 14 | 3,240 | 2,730 |

Transition steps: site surveys and documentation of every Hotel; installation of monitoring probes; takeover of internet links and firewall management; training of front-desk staff on the service desk procedure; parallel running for 10 days per Hotel.

## SCHEDULE 2 — CHARGES

At the Customer's request all Charges are in CNY and include VAT.

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Monthly service charge | 14 Hotels x CNY 6,500 per Hotel per month | 91,000 per month |
| Monthly service charges for the term | 36 months x CNY 91,000 | 3,276,000 |
| Transition fee (one-time) | | 64,000 |
| Total Contract Value | | 3,340,000 |

## SCHEDULE 3 — SERVICE LEVELS AND SERVICE CREDITS

| Service level | Target | Service credit if missed |
|---|---|---|
| Network availability per Hotel per month | 99.5% | 5% of that Hotel's monthly charge; 10% below 99% |
| Priority 1 response (Hotel network or guest Wi-Fi down) | 30 minutes, 24 x 7 | CNY 500 per incident |
| Priority 1 restoration | 3 hours | CNY 300 per additional hour |
| Priority 2 response (a floor or function degraded) | 2 hours | CNY 200 per incident |
| Service desk calls answered | 90% within 30 seconds | 2% of the monthly service charge |
"""

# ---------------------------------------------------------------------------------------------------------------- e05
H574E05 = """DATA API SUBSCRIPTION AGREEMENT

Agreement No. PD-API-2026-0088

BETWEEN

Pampa Dados Agrícolas S.A., Rua dos Andradas 1234, Porto Alegre, Rio Grande do Sul, Brazil ("Vendor")

AND

Dalian Beigang Grain and Feed Trading Co., Ltd., 21 Gangwan Street, Zhongshan District, Dalian, Liaoning, China ("Customer")

BACKGROUND

The Vendor collects and publishes agricultural market data for South America, including crop progress and yield estimates for soybeans and corn, weather observations and forecasts for growing regions, port line-ups and export shipment data. The Customer imports soybeans and feed ingredients and wishes to receive this data through the Vendor's application programming interface (API) for use in its purchasing and risk management systems. The parties agree as follows.

1. DEFINITIONS

1.1 "API" means the Vendor's REST interface through which the Data is delivered. "Data" means the datasets listed in clause 2, as updated by the Vendor from time to time.

1.2 "Historical Data Pack" means a one-time delivery of the Data for the crop seasons 2015/16 to 2025/26 in CSV and Parquet files, with a data dictionary.

1.3 "Subscription Year" means each of the two consecutive periods from 1 July to 30 June of the following calendar year within the Subscription Term.

1.4 "Subscription Term" means the period from 1 July 2026 (the "Start Date") to 30 June 2028.

2. SUBSCRIPTION

2.1 The Vendor grants the Customer, during the Subscription Term, a non-exclusive, non-transferable licence to access the API and use the Data for its internal business purposes, including in internal reports and models, for up to 25 named users and 3 system integrations.

2.2 The Professional plan includes: daily crop progress and yield estimates for Brazil, Argentina and Paraguay at state or province level; hourly weather observations and 15-day forecasts for the main growing regions; daily line-ups for 14 export ports; weekly export shipment data; and up to 600,000 API calls per Subscription Year.

2.3 The Customer shall keep its API keys secure and shall inform the Vendor promptly if a key may have been compromised, so that the Vendor can revoke it. The Customer shall not resell or redistribute the Data in bulk to third parties. Derived results, such as the Customer's own forecasts and reports, may be shared with the Customer's affiliates, banks and auditors.

3. FEES AND PAYMENT

3.1 At the Customer's request all fees are stated and payable in CNY and include applicable taxes.

Item                                          Fee (CNY)
Professional plan, per Subscription Year      168,000
Professional plan, Subscription Term (2)      336,000
Historical Data Pack (one-time)               42,000
Total contract value                          378,000

3.2 The subscription fee for each Subscription Year is invoiced in two equal instalments of CNY 84,000, on 1 July and 1 January, each payable within 30 days of invoice. The Historical Data Pack fee is invoiced after its acceptance under clause 5.

3.3 API calls above the annual allowance are charged at CNY 60 per 1,000 calls, invoiced quarterly in arrears. Such usage charges are not part of the contract value.

4. SERVICE LEVELS

4.1 The Vendor shall keep the API available 99.95% of each calendar month, excluding scheduled maintenance announced at least 72 hours in advance and limited to six hours per month.

4.2 Priority 1 incidents (the API is unavailable or returns incorrect data for a whole dataset) shall be responded to within two hours at any time. Priority 2 incidents (a single dataset is delayed or a function is degraded) shall be responded to within eight business hours.

4.3 Daily datasets shall be published by 08:00 China Standard Time on each business day. The Vendor shall publish any correction to data already delivered through the API, with a change log showing the dataset, the date and the reason for the correction.

4.5 The Vendor shall provide a named account manager and technical support by email and telephone in English during China business hours, and shall send the Customer a monthly report of availability, publication times and incidents.

4.4 If monthly availability is below 99.95%, the Customer receives a credit of 5% of the monthly equivalent of the subscription fee; below 99.5%, 10%; below 99%, 25%. If a daily dataset is published more than six hours late on more than three days in a month, the Customer receives a further credit of 5%. Credits are deducted from the next invoice.

5. HISTORICAL DATA PACK

5.1 The Vendor shall deliver the Historical Data Pack within 20 days after the Start Date.

5.2 The Customer shall check the Historical Data Pack within 15 days after delivery. It is accepted when: all datasets and seasons listed in Annex A are included; the files load without error; record counts match the data dictionary; and sample values checked by the Customer match the Vendor's published reports. The Customer shall confirm acceptance in writing or list the deficiencies, which the Vendor shall correct within 10 days.

5.3 If the Vendor delivers the Historical Data Pack late for reasons attributable to it, the Vendor shall pay the Customer CNY 300 for each day of delay, up to CNY 9,000.

6. CUSTOM FEEDS

6.1 At the Customer's request the Vendor shall build field mappings and a custom daily feed that converts the Data into the Customer's commodity codes and units. These mappings and the custom feed specification belong to the Customer, which may use, modify and license them freely.

7. CUSTOMER INFORMATION AND DATA SECURITY

7.1 The Customer's account information, API keys, query logs and any files uploaded by the Customer ("Customer Information") belong to the Customer. The Vendor uses Customer Information only to provide the service and to invoice the Customer, and for no other purpose.

7.2 The Vendor shall protect Customer Information with appropriate technical and organisational measures, including encryption in transit and at rest, access control for its staff, logging and regular security testing.

7.3 The Vendor shall notify the Customer of any security incident affecting Customer Information within 24 hours, take all reasonable measures to contain it, and is liable for the Customer's losses caused by a breach of this clause.

8. SUBCONTRACTORS

8.1 The Vendor may use subcontractors, including hosting and content delivery providers and data collection partners, to perform this Agreement. The Vendor shall inform the Customer of any new subcontractor by email at least 15 days before it starts work. The Vendor remains responsible for its subcontractors.

9. WARRANTIES

9.1 The Vendor warrants that it has the rights needed to license the Data, that the Data is collected with reasonable care using the methods described in its documentation, and that the API will conform to its documentation.

9.2 Forecasts and estimates are by nature uncertain. The Vendor does not warrant that they will prove accurate, but it shall describe its methods and any material change to them in the documentation, giving the Customer at least 30 days' notice of a change.

10. LIABILITY

10.1 Neither party is liable for indirect or consequential loss, or for trading losses arising from decisions made using the Data.

10.2 Each party's total liability under this Agreement is limited to 150% of the total contract value. This limit does not apply to the Vendor's liability under clause 7 or to infringement of third-party rights.

11. TERM AND TERMINATION

11.1 This Agreement starts on the Start Date and ends at the end of the Subscription Term. It may be renewed only by written agreement of both parties.

11.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice. If the Customer terminates for the Vendor's breach, the Vendor shall refund the prepaid fees for the remaining period.

11.3 On termination the Customer's right to use the API ends. The Customer may keep and use Data received before termination for internal purposes.

12. GOVERNING LAW AND DISPUTES

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute arising from this Agreement shall be submitted to the China International Economic and Trade Arbitration Commission (CIETAC) for arbitration in Beijing in accordance with its rules. The language of arbitration is English.

13. GENERAL

13.1 This Agreement, including Annex A (Dataset Description) and Annex B (API Documentation), is the entire agreement of the parties on its subject matter.

13.2 Amendments must be in writing and signed by both parties. Notices may be given by email to the contract contacts named by each party.

13.3 Neither party is liable for failure to perform caused by events beyond its reasonable control, provided that it notifies the other party promptly and resumes performance as soon as possible.

13.4 Neither party may assign this Agreement without the other party's prior written consent. This Agreement is signed in two originals in English, one for each party.

SIGNED

For the Vendor: Pampa Dados Agrícolas S.A.
Name: ____________  Title: Commercial Director  Date: ____________

For the Customer: Dalian Beigang Grain and Feed Trading Co., Ltd.
Name: ____________  Title: General Manager  Date: ____________
"""

# ------------------------------------------------------------------------------------------------------------ targets
FILES = {
    "h574z01": ("h574z01_land_spatial_planning_platform.pdf", "pdf", H574Z01),
    "h574z02": ("h574z02_cement_kiln_dcs_retrofit_maintenance.docx", "docx", H574Z02),
    "h574z03": ("h574z03_maternal_baby_chain_member_erp_saas.txt", "txt", H574Z03),
    "h574z04": ("h574z04_police_traffic_signal_annual_om.txt", "txt", H574Z04),
    "h574z05": ("h574z05_tofu_skin_factory_mes_supplier_template.md", "md", H574Z05),
    "h574e01": ("h574e01_wms_perpetual_licence_sao_paulo_vendor.pdf", "pdf", H574E01),
    "h574e02": ("h574e02_field_service_saas_order_form_minas_vendor.md", "md", H574E02),
    "h574e03": ("h574e03_cold_store_sensors_parana_vendor.docx", "docx", H574E03),
    "h574e04": ("h574e04_managed_hotel_network_bahia_vendor.md", "md", H574E04),
    "h574e05": ("h574e05_agri_market_data_api_rs_vendor.txt", "txt", H574E05),
}

KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]


def T(*vals):
    assert len(vals) == len(KEYS)
    return dict(zip(KEYS, vals))


G, S = "goods_or_licence", "service"
# terms: avail, p1, remedy, ip, dsec, owns, conf, ld, cap, prepay, acc, final, warr, pwfee, autoren, term, subc, law, kind
LABELS = {
    "h574z01": ("zh", "software", T(99.95, 0.5, True, "buyer", True, True, True, 0.1, None, 20, True, True, 36, 8,
                                   False, True, False, "PRC", G),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                     contract_value=2680000)),
    "h574z02": ("zh", "hardware", T(None, 1, True, "buyer", True, True, True, 0.03, None, 10, True, True, 24, 6,
                                    False, True, True, "PRC", G),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                     contract_value=2660000)),
    "h574z03": ("zh", "cloud", T(99.5, 0.5, True, "buyer", True, False, True, 0.08, None, None, True, None, None, None,
                                 True, True, False, "PRC", S),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=1026000)),
    "h574z04": ("zh", "services", T(None, 0.5, False, "buyer", True, True, True, 0.1, None, None, True, None, None, None,
                                    False, True, True, "PRC", S),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=1325400)),
    "h574z05": ("zh", "software", T(None, None, False, "supplier", True, True, True, None, 20, 65, False, False, 6, 28,
                                    False, True, None, None, G),
                dict(sla_clause=False, ld_stated=False, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=True,
                     contract_value=532000)),
    "h574e01": ("en", "software", T(None, 1, True, "buyer", True, True, True, 0.1, 150, 20, True, True, 24, 11,
                                    False, True, False, "Brazil", G),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                     contract_value=1150000)),
    "h574e02": ("en", "cloud", T(99.95, 1, True, "buyer", True, True, True, 500 / 550000 * 100, 6 / 24 * 100, None, True,
                                 None, None, None, True, True, False, "PRC", S),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=550000)),
    "h574e03": ("en", "hardware", T(None, 1, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 36, 7,
                                    False, True, False, "PRC", G),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                     contract_value=810000)),
    "h574e04": ("en", "services", T(99.5, 0.5, True, "buyer", False, True, True, 3000 / 3340000 * 100, None, None, True,
                                    None, None, None, False, False, False, "PRC", S),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=3340000)),
    "h574e05": ("en", "cloud", T(99.95, 2, True, "buyer", True, True, False, 300 / 378000 * 100, 150, None, True, None,
                                 None, None, False, True, True, "PRC", S),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=378000)),
}

# TCO inputs (policy section 4; not label keys): fee base = itemised licence/hardware subtotal, annual fee
TCO = {"h574z01": (1260000, 100800), "h574z02": (2194000, 131640), "h574z05": (368000, 103040),
       "h574e01": (736000, 80960), "h574e03": (709200, 49644)}

# my design list, written before deriving
DESIGN = {
    "h574z01": [],
    "h574z02": ["CR-LD-LOW", "CR-SUBCONTRACT"],
    "h574z03": ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"],
    "h574z04": ["CR-SLA-NO-REMEDY", "CR-SUBCONTRACT"],
    "h574z05": ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
                "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
    "h574e01": ["CR-GOVERNING-LAW"],
    "h574e02": ["CR-AUTO-RENEWAL", "CR-LIABILITY-CAP"],
    "h574e03": [],
    "h574e04": ["CR-DATA-SECURITY", "CR-SLA-AVAILABILITY", "CR-TERMINATION"],
    "h574e05": ["CR-CONFIDENTIALITY", "CR-SUBCONTRACT"],
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
SEVERITY = {"CR-SLA-MISSING": "high", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high", "CR-LD-MISSING": "high",
            "CR-ACCEPTANCE": "high", "CR-POST-WARRANTY-FEE": "high", "CR-GOVERNING-LAW": "low"}


def tco_share(key, t, x):
    """Post-warranty fee share of a 5-year TCO from acceptance (policy section 4), in %; None when not computable."""
    if t["contract_kind"] != G or key not in TCO or t["warranty_months"] is None:
        return None
    base, fee = TCO[key]
    assert abs(fee - base * t["post_warranty_fee_pct"] / 100) < 0.01, key
    years_after = max(0.0, 5 - t["warranty_months"] / 12)
    service = years_after * fee
    return service / (x["contract_value"] + service) * 100


def derive_rules(key, t, x):
    """My own reading of policy.md section 3, applied to my labels."""
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
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.append("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.append("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.append("CR-PREPAYMENT")
    if (not t["acceptance_clause"]) or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.append("CR-ACCEPTANCE")
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
    if t["governing_law"] not in (None, "PRC"):
        r.append("CR-GOVERNING-LAW")
    share = tco_share(key, t, x)
    if goods and share is not None and share > 40:
        r.append("CR-TCO-SERVICE-SHARE")
    return sorted(r)


def risk(rules):
    sev = [SEVERITY.get(r, "medium") for r in rules]
    return "high" if "high" in sev else "medium" if "medium" in sev else "low"


# ------------------------------------------------------------------------------------------------- threshold scanner
D = r"(?<![\d.])"
ZHN = "零〇一二两三四五六七八九十百千"
PATTERNS = [
    D + r"99\.9(?!\d)\s*%", D + r"4\s*(?:小时|个小时|h\b|hrs?\b|hours?\b)", r"(?<![" + ZHN + r"])四个?小时",
    r"\bfour[\s-]hours?\b", r"\b4-hour\b", r"\bfour-hour\b", D + r"240\s*(?:分钟|min)",
    D + r"0?\.05(?!\d)\s*%", r"万分之五(?![" + ZHN + "])", D + r"100(?![\d.])\s*%", "百分之百", "百分之一百",
    D + r"30(?![\d.])\s*%", "百分之三十", "三成", D + r"12\s*(?:个月|months?\b)", "十二个月", r"\btwelve[\s-]months?\b",
    "一年", D + r"1\s*年(?!度)", r"\bone[\s-]year\b", D + r"1[\s-]year\b", D + r"15(?![\d.])\s*%", "百分之十五",
    D + r"40(?![\d.])\s*%", "四成", "百分之四十", D + r"5\s*年(?!度)", r"(?<![" + ZHN + r"])五年", r"\bfive[\s-]years?\b",
    D + r"5[\s-]years?\b", D + r"60\s*(?:个月|months?\b)", "六十个月", r"\bsixty[\s-]months?\b",
]
RX = [re.compile(p, re.I) for p in PATTERNS]
MUST_HIT = ["99.9%", "99.9 %", "4小时", "4 小时", "四小时", "four hours", "4 hours", "240分钟", "0.05%", "万分之五",
            "100%", "百分之百", "30%", "百分之三十", "三成", "12个月", "十二个月", "twelve months", "12 months", "一年",
            "one year", "15%", "40%", "四成", "5年", "五年", "five years", "60 months", "60个月"]
MUST_MISS = ["24小时", "24 hours", "99.95%", "115%", "0.15%", "150%", "2025年", "万分之五十", "服务年度", "2026年",
             "二十四小时", "14 hours", "1,500", "0.5%", "35%", "45%", "Subscription Year", "400%", "130%", "10%",
             "十五年度", "25%", "65%", "2015/16"]


def threshold_hits(text):
    hits = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for rx in RX:
            hits += [m.group(0) for m in rx.finditer(variant)]
    return hits


def selftest():
    for s in MUST_HIT:
        assert threshold_hits(s), ("must hit", s)
    for s in MUST_MISS:
        assert not threshold_hits(s), ("must miss", s, threshold_hits(s))


# ----------------------------------------------------------------------------------------------------- build + check
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


def length(lang, text):
    if lang == "zh":
        return len(re.sub(r"\s", "", text)), len(text)
    return len(text.split()), None


def main():
    selftest()
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    sources = {k: v[2] for k, v in FILES.items() if v[1] in ("docx", "pdf")}
    targets = {k: (v[0], v[1]) for k, v in FILES.items() if v[1] in ("docx", "pdf")}
    write(sources, targets, OUT, wrap_words=True)
    for k, (name, kind, src) in FILES.items():
        if kind in ("txt", "md"):
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
    covered, problems = set(), []
    for k, (name, kind, src) in FILES.items():
        lang, cat, terms, extra = LABELS[k]
        rules = derive_rules(k, terms, extra)
        assert rules == sorted(DESIGN[k]), (k, rules, DESIGN[k])
        covered |= set(rules)
        label = {"file": name, "language": lang, "category": cat, "expected_terms": terms, "expected_extra": extra,
                 "expected_rules": rules}
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1), encoding="utf-8")
        # no label on a threshold
        t = terms
        for key, thr in (("availability_pct", 99.9), ("p1_response_hours", 4), ("ld_rate_per_day_pct", 0.05),
                         ("liability_cap_pct", 100), ("prepayment_pct", 30), ("warranty_months", 12),
                         ("post_warranty_fee_pct", 15)):
            assert t[key] is None or abs(t[key] - thr) > 1e-9, (k, key)
        share = tco_share(k, terms, extra)
        assert share is None or abs(share - 40) > 2, (k, share)
        text = read_back(OUT / name)
        hits = threshold_hits(text) + threshold_hits(src) + threshold_hits(
            "\n".join(l.partition(":")[2] for l in src.splitlines()) if kind in ("docx", "pdf") else "")
        if hits:
            problems.append((name, sorted(set(hits))))
        n, raw = length(lang, text)
        ok = (2750 <= n <= 3000 and 2750 <= raw <= 3000) if lang == "zh" else (1450 <= n <= 1650)
        if not ok:
            problems.append((name, "length", n, raw))
        print(f"{name:58s} {lang} {n:5d} {raw if raw else '':>5} {risk(rules):6s} "
              f"tco={'' if share is None else round(share, 2)} {', '.join(r[3:] for r in rules) or '(none)'}")
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    for p in problems:
        print("PROBLEM", p)
    assert not problems


if __name__ == "__main__":
    main()
