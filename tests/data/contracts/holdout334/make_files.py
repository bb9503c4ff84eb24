import sys; sys.dont_write_bytecode = True  # noqa: E702  (before importing ../word_pdf.py)

"""holdout334: writes the ten blind held-out contracts, their .json labels, and checks them.

Run from this folder:  /work/main/.venv/bin/python -B make_files.py
- .txt / .md are written as they are; .docx / .pdf are built with ../word_pdf.py write(..., wrap_words=True);
- every built file is read back (python-docx paragraphs + table rows; pypdf pages; file text) and its length asserted
  (Chinese 2,800-3,300 characters, English 1,500-1,700 whitespace-separated words);
- the raw text and whitespace-normalised copies are scanned for every policy threshold figure (digits, Chinese
  numerals, words), with the regexes self-tested first;
- the expected rules are derived from the labels by my own reading of policy.md and compared with the hand-written
  lists; every one of the 20 CR rules must fire at least once; derived values must sit off every threshold.
"""
import json
import re
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------------------------------------------------------
# z01  应急管理局 危险化学品安全生产风险监测预警平台 (政府采购 公开招标, buyer's paper) — .pdf, 第X条 + 1.1
# ---------------------------------------------------------------------------------------------------------------
Z01 = """
T:滨江市危险化学品安全生产风险监测预警平台建设项目政府采购合同
P:合同编号：BJYJ-ZFCG-2026-0417
P:采购人（甲方）：滨江市应急管理局，地址：滨江市新城区政务服务中心东楼
P:供应商（乙方）：安澜数智科技股份有限公司，地址：苏州工业园区星湖街218号
P:根据滨江市危险化学品安全生产风险监测预警平台建设项目（招标编号：BJZC2026-G-0188）的公开招标结果，依据《中华人民共和国政府采购法》《中华人民共和国民法典》等法律法规，以及招标文件、乙方投标文件和中标通知书，甲乙双方经协商一致，订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方为甲方建设全市危险化学品安全生产风险监测预警平台，对辖区内86家重大危险源企业的储罐液位、温度、压力、可燃及有毒气体浓度和重点部位视频进行实时接入、分析和分级预警，实现市、区两级监管部门的联动处置。
P:1.2 本项目包括平台软件许可、数据采集网关和边缘视频分析服务器的供货，企业接入与接口定制开发，系统集成部署，试运行，培训以及质保期内的服务。具体技术要求以招标文件第四章“采购需求”和乙方投标文件的技术响应为准。
P:1.3 平台部署在滨江市政务云。乙方负责配合云资源申请、完成部署和安全加固，并与省级危险化学品监测预警系统完成数据对接。
H:第二条 合同价款
P:2.1 本合同总价为人民币叁佰壹拾陆万元整（¥3,160,000.00），为固定总价，已含税费及设备、软件、开发、运输、安装、调试、培训、试运行和质保期内服务的全部费用。分项价格如下：
TB:序号|名称|数量|金额（元）
TB:1|监测预警平台软件许可（含GIS一张图、视频智能分析模块）|1套|1,280,000
TB:2|数据采集网关|86台|842,800
TB:3|边缘视频分析服务器|4台|306,000
TB:—|软硬件小计|—|2,428,800
TB:4|企业接入与接口定制开发|1项|516,000
TB:5|系统集成与实施|1项|183,200
TB:6|培训|1项|32,000
TB:—|合计|—|3,160,000
P:2.2 合同履行期间，上述价格不因市场价格、汇率或人工成本变化而调整。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行预付款保函后15个工作日内，甲方支付合同总价的25%作为预付款，计人民币790,000元。
P:3.2 平台部署完成、全部86家企业接入并经初步验收合格后15个工作日内，甲方支付合同总价的50%，计人民币1,580,000元。
P:3.3 最终验收合格且乙方移交全部项目文档、源代码后15个工作日内，甲方支付合同总价的25%，计人民币790,000元。
P:3.4 乙方应在每次付款前向甲方开具合法有效的增值税发票。
H:第四条 交付与实施
P:4.1 乙方应在合同签订后90日内完成设备到货、平台部署和企业接入，并向甲方提交初步验收申请。
P:4.2 设备到货时由双方共同清点并签署到货签收单。到货签收仅确认设备型号、数量和外观，不代表质量验收。
P:4.3 乙方应派驻项目经理一名，项目经理未经甲方同意不得更换。乙方进入企业现场施工的，应遵守企业的动火、受限空间等安全作业管理制度。
H:第五条 验收
P:5.1 初步验收合格后进入试运行，试运行期为60日。试运行期满且同时满足下列条件的，乙方可申请最终验收：（一）86家企业均已接入，且每家企业的监测点位与企业备案清单一致；（二）监测数据从企业端传输到平台的延迟不超过10秒；（三）经甲方组织的模拟测试，报警准确率不低于95%，且无漏报；（四）平台连续72小时压力测试无一级故障；（五）通过第三方测评机构的网络安全等级保护三级测评。
P:5.2 甲方在收到最终验收申请后15个工作日内组织专家验收，并出具书面验收报告。验收不合格的，乙方应在20日内整改并重新申请验收。
P:5.3 平台上线运行、甲方使用平台或支付任何款项，均不视为最终验收合格。
H:第六条 质量保证与售后服务
P:6.1 质保期为三年，自最终验收合格之日起计算。质保期内乙方免费提供软件缺陷修正、版本升级、硬件维修更换和现场技术支持。
P:6.2 故障分级与响应：一级故障（平台中断或预警功能失效）乙方应在30分钟内响应，2小时内到达现场，8小时内恢复；二级故障（部分企业数据中断）2小时内响应，24小时内解决；三级故障于下一个工作日内处理。
P:6.3 质保期内平台月度可用率不低于99.95%，经甲方同意的计划停机时间不计入不可用时间。
P:6.4 乙方响应或恢复超时的，每超时1小时向甲方支付违约金1,000元；月度可用率每低于承诺值0.01个百分点，乙方向甲方支付违约金2,000元。上述款项甲方可从应付款中直接扣除。
P:6.5 质保期满后，甲方如需乙方继续提供维保服务，维保年费不超过软硬件小计的8%，即每个服务年度不超过人民币194,304元，该价格在质保期满后的三个服务年度内不上调。维保合同由双方另行签订，不自动续期。
H:第七条 数据安全
P:7.1 平台采集、存储和产生的全部数据，包括企业监测数据、视频图像、预警处置记录和日志，归甲方所有。乙方不得将上述数据用于本合同以外的任何目的，不得留存、复制或向任何第三方提供。
P:7.2 乙方应落实网络安全等级保护三级要求，对数据传输和存储进行加密，实行最小权限管理和操作审计；运维人员远程访问须经甲方审批并通过堡垒机进行。
P:7.3 发生数据泄露、篡改、丢失等安全事件的，乙方应在1小时内报告甲方并立即采取处置措施。因乙方原因造成安全事件的，乙方承担全部责任，并赔偿甲方由此遭受的全部损失。
H:第八条 保密
P:8.1 乙方对履约过程中知悉的甲方工作秘密、企业商业秘密和重大危险源分布信息负有保密义务，未经甲方书面同意不得向任何第三方披露。本条义务不因合同终止而失效。
H:第九条 知识产权
P:9.1 乙方为本项目定制开发的企业接入程序、接口、预警模型配置、源代码及技术文档，知识产权归甲方所有，乙方应在最终验收时一并移交。
P:9.2 平台软件产品的知识产权仍归乙方，甲方享有永久、不可撤销的使用许可。乙方保证所提供的软件和设备不侵犯第三方的知识产权。
H:第十条 违约责任
P:10.1 乙方逾期交付或逾期提交初步验收申请的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:10.2 甲方无正当理由逾期付款的，每逾期一日，按逾期金额的万分之三向乙方支付违约金。
P:10.3 乙方交付的设备或软件不符合合同约定的，应在甲方要求的期限内更换或修正，并承担由此产生的全部费用。
H:第十一条 分包
P:11.1 本项目不得转包。乙方不得将项目的主体或关键部分分包；非主体部分确需分包的，须事先取得甲方书面同意，乙方对分包方的履约行为承担连带责任。
H:第十二条 合同解除
P:12.1 乙方有下列情形之一的，甲方有权书面通知解除合同：（一）逾期交付超过60日；（二）交付物经两次验收仍不合格；（三）因乙方原因发生重大数据安全事件；（四）有其他严重违约行为，经甲方书面催告后15日内仍未改正。
P:12.2 合同解除的，乙方应退还已收取的预付款及相应款项，并赔偿甲方因此遭受的损失。
H:第十三条 争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，任何一方可向甲方所在地人民法院提起诉讼。
H:第十四条 其他
P:14.1 招标文件、投标文件、中标通知书及双方确认的实施方案为本合同的组成部分，与本合同具有同等效力。
P:14.2 本合同一式六份，甲方四份，乙方二份，自双方法定代表人或授权代表签字并加盖公章之日起生效。
P:甲方（盖章）：滨江市应急管理局        乙方（盖章）：安澜数智科技股份有限公司
P:法定代表人或授权代表：__________        法定代表人或授权代表：__________
P:签订日期：2026年12月  日
"""

# ---------------------------------------------------------------------------------------------------------------
# z02  不锈钢管厂 焊管机组控制系统改造, post-warranty 维保 — .docx with a Word price table, 一、/（一）
# ---------------------------------------------------------------------------------------------------------------
Z02 = """
T:2#、3#焊管机组电气控制系统改造合同
P:合同编号：LR-SB-2026-061
P:甲方（买方）：温州龙瑞不锈钢管业有限公司
P:住所：温州市龙湾区滨海园区海城路9号
P:乙方（卖方）：上海启衡自动化工程有限公司
P:住所：上海市闵行区莘庄工业区申富路366号
P:甲方2#、3#不锈钢焊管机组的原电气控制系统已使用十余年，部分备件停产，成型段与定径段速度匹配不稳，焊缝质量波动较大。经比选，甲方委托乙方对两条机组的电气控制系统进行改造。双方依据《中华人民共和国民法典》，经友好协商，订立本合同。
H:一、改造范围
P:（一）更换两条机组的PLC控制柜、交流变频调速装置和操作站，新增高频焊接温度闭环控制单元，实现开卷、成型、焊接、定径、飞锯各段的速度联动和焊接温度自动调节。
P:（二）重新编制PLC程序和HMI画面，与甲方现有的在线涡流探伤仪和MES系统对接，采集机组速度、电流、焊接温度和探伤报警数据。
P:（三）拆除旧控制柜，敷设电缆，安装、调试，并对甲方操作及维修人员进行培训。
P:（四）改造在甲方安排的两次停产检修窗口内完成，每条机组停机时间不超过10日。
H:二、合同价格
P:（一）本合同总价为人民币壹佰陆拾柒万元整（¥1,670,000），含13%增值税，为固定总价。分项价格见下表：
TB:序号|设备或服务名称|数量|单价（元）|金额（元）
TB:1|PLC控制柜（含CPU、I/O模块、通讯模块）|3套|186,000|558,000
TB:2|交流变频调速装置|14台|23,500|329,000
TB:3|高频焊接温度闭环控制单元|2套|97,000|194,000
TB:4|HMI操作站|4台|18,500|74,000
TB:5|工程组态软件及运行许可|1套|126,000|126,000
TB:|软硬件小计|||1,281,000
TB:6|程序设计与系统调试|1项|218,000|218,000
TB:7|拆除、安装及电缆敷设|1项|147,000|147,000
TB:8|培训|1项|24,000|24,000
TB:|合计|||1,670,000
P:（二）上述价格包含设备、软件、运输、保险、安装调试、培训及质保期内服务的全部费用。
H:三、付款方式
P:（一）合同签订后10个工作日内，甲方向乙方支付合同总价的20%作为预付款，即334,000元。
P:（二）设备全部到货并经双方签收后10个工作日内，甲方支付合同总价的45%，即751,500元。到货签收仅确认数量和外观，不代表验收合格。
P:（三）两条机组改造完成并经最终验收合格后15个工作日内，甲方支付合同总价的35%，即584,500元。
P:（四）乙方在每笔付款前开具等额增值税专用发票。
H:四、交货与工期
P:（一）乙方应在合同签订后60日内将全部设备运抵甲方厂区。
P:（二）2#机组改造在甲方第一次停产检修窗口完成，3#机组在第二次窗口完成，具体日期由甲方提前20日书面通知乙方。
P:（三）乙方人员进入甲方厂区，应遵守甲方的安全生产、动火作业和挂牌上锁管理制度。
P:（四）乙方应在每次停产检修窗口开始前7日提交施工方案、停送电方案和旧系统程序备份，经甲方设备部书面确认后方可施工。改造期间乙方应保证原有急停和安全联锁功能不被削弱。
H:五、验收
P:（一）每条机组依次进行单机调试、联动调试和72小时带料连续生产。验收标准为：1. 各段速度同步误差不大于0.2%；2. 焊接温度控制波动不超过±8℃；3. 连续生产期间因控制系统原因造成的停机不超过1次，且每次不超过30分钟；4. 涡流探伤和MES数据采集完整；5. 焊缝一次合格率不低于改造前三个月的平均水平。
P:（二）满足上述标准后，双方共同签署最终验收报告。机组恢复生产、甲方使用设备或支付任何款项，均不视为验收合格。
P:（三）任一机组未通过验收的，乙方应在10日内整改并重新组织72小时带料生产测试，由此增加的停机损失由乙方承担。
H:六、质量保证
P:（一）质保期为十八个月，自最终验收合格之日起计算。质保期内，乙方免费维修或更换故障设备，免费修正程序缺陷。
P:（二）故障响应：因控制系统故障导致机组停机的（一级故障），乙方应在30分钟内远程响应，3小时内到达甲方现场；其他故障应在2小时内响应，次日到场处理。
P:（三）乙方超过上述时限的，每超时1小时向甲方支付违约金800元，甲方可从应付款中扣除。
H:七、质保期满后的维保服务
P:（一）质保期满后，由乙方为两条机组提供维保服务，内容包括一名驻场电气工程师、备品备件管理、每季度巡检和程序备份。
P:（二）维保年费为人民币398,000元，在质保期满后连续三个服务年度内固定不变，按季度支付。维保合同由双方在质保期满前另行签订。
H:八、生产数据与网络安全
P:（一）机组运行数据、工艺参数和探伤记录归甲方所有，乙方不得用于本合同以外的目的，不得复制、留存或向第三方提供。
P:（二）控制网络与办公网络应物理隔离。乙方远程维护须经甲方设备部逐次审批，通过甲方提供的加密通道进行，并保留操作日志；乙方人员不得在控制系统上使用未经查杀的移动存储介质。
P:（三）因乙方原因导致数据泄露、篡改或控制系统感染病毒的，乙方应在2小时内通知甲方，负责恢复，并赔偿甲方因停产等造成的损失。
P:（四）合同终止或维保结束时，乙方应交回全部远程访问账号，并删除其保存的甲方程序备份和生产数据。
H:九、保密
P:乙方对在履约过程中知悉的甲方工艺配方、产能、客户和价格等信息负有保密义务，未经甲方书面同意不得向第三方披露，合同终止后仍须遵守。
H:十、知识产权
P:本项目编制的PLC程序、HMI画面、通讯接口程序及其源程序和技术文档归甲方所有，甲方可自行修改或委托他人维护。组态软件产品的知识产权仍属原厂，甲方获得永久使用许可。
H:十一、分包
P:乙方可将电缆桥架安装、电缆敷设等辅助工程分包给具备相应资质的单位，分包前书面通知甲方即可，无需取得甲方同意。乙方对分包部分的质量和安全承担责任。
H:十二、违约责任
P:（一）乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的0.1%向甲方支付违约金。
P:（二）甲方逾期付款的，每逾期一日，按逾期金额的万分之三向乙方支付违约金。
P:（三）乙方提供的设备不是原厂全新设备，或与技术协议约定的品牌型号不符的，甲方有权要求更换，由此产生的全部费用和停机损失由乙方承担。
H:十三、合同解除
P:乙方逾期超过45日，或改造后的机组经两次验收仍不合格，或有其他严重违约行为经甲方书面催告后15日内未改正的，甲方有权书面通知解除合同，并要求乙方返还已付款项、赔偿损失。
H:十四、争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交温州仲裁委员会仲裁。
H:十五、其他
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件一为技术协议，附件二为设备清单及品牌型号，附件三为停产检修窗口安排。附件与本合同正文具有同等效力，正文与附件不一致的，以正文为准。
P:甲方（盖章）：温州龙瑞不锈钢管业有限公司        乙方（盖章）：上海启衡自动化工程有限公司
P:授权代表：__________        授权代表：__________
P:日期：2026年12月  日
"""

# ---------------------------------------------------------------------------------------------------------------
# z03  连锁便利店 (120 家) 门店运营 SaaS + 实施 — .txt, 第X条 + （1）
# ---------------------------------------------------------------------------------------------------------------
Z03 = """湘邻便利门店运营管理云服务合同

合同编号：XL-IT-2026-112
甲方（客户）：湖南湘邻便利店连锁有限公司
地址：长沙市岳麓区麓谷大道627号
乙方（服务商）：广州云铺信息科技有限公司
地址：广州市天河区科韵路16号

甲方在长沙、株洲、湘潭经营120家直营便利店。为统一门店订货、库存、排班、收银对账和会员营销，甲方选用乙方的“云铺门店通”运营管理平台。双方本着平等自愿原则，订立本合同。

第一条 服务内容
（1）乙方通过其云平台向甲方120家门店提供门店运营管理服务，功能包括要货与配送到店、门店库存与盘点、临期商品预警、员工排班与考勤、收银对账、会员积分与优惠券、总部经营报表。
（2）乙方负责实施服务：门店及商品主数据初始化，历史会员数据迁移，与甲方现有收银系统、配送中心仓储系统及财务系统的接口开发，店长及区域经理培训。
（3）服务期为三个服务年度，自第五条约定的上线验收通过之日起算。每个服务年度的订阅门店数以120家为基数；甲方新增门店的，按第二条单价按月折算计费。
（4）平台的版本升级由乙方免费提供。乙方对平台进行影响门店操作的重大变更，应提前10个工作日通知甲方并提供培训材料。

第二条 服务费用
（1）订阅费：每家门店每个服务年度人民币3,600元，120家门店每个服务年度合计人民币432,000元，三个服务年度合计人民币1,296,000元。
（2）实施费：人民币168,000元，一次性支付。
（3）本合同总金额为人民币1,464,000元，含6%增值税。
（4）服务期内订阅单价不作调整。
（5）甲方新增门店的订阅费按实际开通月份计算；门店关闭的，自关闭次月起不再计费。

第三条 付款方式
（1）实施费在上线验收通过后15个工作日内支付。
（2）每个服务年度的订阅费，在该服务年度开始后15个工作日内一次性支付。
（3）甲方无须在上线验收前支付任何款项。乙方应在收款前开具增值税专用发票。
（4）甲方对账单有异议的，应在收到后10个工作日内提出，无异议部分按期支付。

第四条 实施计划
（1）乙方应在合同签订后75日内完成全部门店的上线准备。
（2）上线分三批进行：长沙试点门店10家，长沙其余门店，株洲及湘潭门店。每批上线前，乙方应完成门店人员培训并提交切换方案。
（3）切换期间，乙方应安排实施顾问在甲方总部驻场，并保证门店收银不受影响。
（4）乙方应为甲方配置专属客户成功经理一名，服务期内每月与甲方召开运营例会，通报平台运行、故障处理和需求排期情况。

第五条 上线验收
（1）全部门店上线后，连续14日满足下列条件的，甲方出具上线验收报告：1.120家门店均已在平台开展要货、盘点和收银对账；2.平台收银数据与收银系统流水逐日核对，差异为零；3.历史会员数据迁移后抽样核对无误；4.总部报表与财务系统数据一致；5.无未关闭的一级故障。
（2）门店开始使用平台、部分门店上线或甲方支付任何费用，均不视为上线验收通过。
（3）上线验收未通过的，乙方应在15日内完成整改并重新组织验收。

第六条 服务水平
（1）乙方保证平台每月可用率不低于99.5%。可用率按当月总分钟数扣除不可用分钟数后计算，经甲方书面同意的计划维护不计入。
（2）故障分级：一级故障指全部或多数门店无法要货、收银对账或登录平台；二级故障指部分功能异常；三级故障指一般咨询和界面问题。
（3）响应与恢复：一级故障乙方应在15分钟内响应，2小时内恢复；二级故障1小时内响应，8小时内恢复；三级故障在下一个工作日内答复。
（4）服务补偿：月度可用率每低于承诺值0.5个百分点，乙方减免当月订阅费（按服务年度订阅费的十二分之一计）的5%；一级故障恢复每超时1小时，乙方向甲方支付500元。减免和补偿款从下一期应付费用中抵扣。
（5）乙方应于每月第5个工作日前向甲方提交上月服务报告，内容包括可用率统计、故障清单、处理时长和改进措施。甲方对统计有异议的，以双方共同核对的监控记录为准。

第七条 数据安全与数据归属
（1）甲方的门店经营数据、商品及价格数据、员工信息、会员个人信息均归甲方所有。乙方仅为履行本合同处理上述数据，不得用于其他任何目的，不得向第三方提供。
（2）乙方应将甲方数据存储于中国境内的数据中心，平台应通过网络安全等级保护三级测评；乙方应对会员个人信息加密存储，实行最小权限和操作留痕。
（3）发生数据泄露、毁损或丢失的，乙方应在2小时内通知甲方，采取补救措施，并对因其原因造成的损失承担赔偿责任。
（4）合同终止后30日内，乙方应按甲方要求以通用格式导出全部数据交付甲方，并在甲方确认后彻底删除，出具删除证明。

第八条 保密
（1）双方对在合作中获知的对方商业秘密和未公开信息负有保密义务，未经对方书面同意不得披露。本条在合同终止后继续有效。

第九条 知识产权
（1）“云铺门店通”平台的知识产权归乙方所有。
（2）乙方为甲方定制开发的接口程序、专属报表及其源代码归甲方所有，甲方可自行修改或交由第三方使用和维护。
（3）乙方保证平台及交付物不侵犯第三方知识产权；因侵权引起的索赔由乙方负责处理并承担费用。

第十条 续期
（1）服务期届满前60日内，任何一方未书面提出不再续约的，本合同自动续期一个服务年度，续期次数不限。
（2）续期时，乙方有权按其届时公布的标准价格调整订阅单价，调整后的价格自续期的服务年度起执行，无须另行取得甲方同意。

第十一条 违约责任
（1）乙方未按第四条约定完成上线的，每逾期一日，按合同总金额的万分之八向甲方支付违约金。
（2）甲方逾期付款的，每逾期一日，按逾期金额的万分之三支付违约金。
（3）乙方在本合同项下的累计赔偿责任以合同总金额的1.5倍为限，但因乙方故意、重大过失或数据泄露造成的损失不受此限。

第十二条 分包
乙方不得将本合同项下的实施或运维工作分包给第三方，确需分包的，须事先取得甲方书面同意。

第十三条 合同解除
（1）乙方严重违约，或连续两个月可用率低于98%，经甲方书面通知后15日内未纠正的，甲方有权解除合同，并按未使用期间比例退还已付订阅费。
（2）合同解除或终止后，乙方应配合数据迁移，期限不少于30日。
（3）乙方无正当理由暂停服务超过24小时的，视为严重违约。

第十四条 争议解决
本合同适用中华人民共和国法律。争议由双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院起诉。

第十五条 通知
双方指定的项目联系人及联系方式见附件。一方变更联系人或联系方式的，应在变更后3个工作日内书面通知对方。与故障处理有关的通知可通过电话、即时通讯工具发出，事后以书面方式确认；涉及合同解除、续约的通知须以书面方式送达。

第十六条 其他
本合同一式两份，双方各执一份，自双方盖章之日起生效。附件：功能清单、门店清单、接口说明。

甲方（盖章）：湖南湘邻便利店连锁有限公司
乙方（盖章）：广州云铺信息科技有限公司
签订日期：2026年12月  日
"""

# ---------------------------------------------------------------------------------------------------------------
# z04  市医疗保障局 医保基金监管系统 年度运维 (政府采购 竞争性磋商) — .txt, 1. / 1.1
# ---------------------------------------------------------------------------------------------------------------
Z04 = """青川市医保基金智能监管系统运维服务项目政府采购合同

项目编号：QCZC2026-CS-0093（竞争性磋商）
合同编号：QCYB-YW-2027-01
采购人（甲方）：青川市医疗保障局
供应商（乙方）：中衡医信技术服务有限公司

根据本项目竞争性磋商文件、乙方响应文件及成交通知书，依照《中华人民共和国政府采购法》及其实施条例，甲乙双方就青川市医保基金智能监管系统的运维服务订立本合同。

1. 服务范围与期限
1.1 乙方为甲方已建成的医保基金智能监管系统（含事前提醒、事中审核、事后稽核、智能监控规则库和监管驾驶舱五个子系统）提供运维服务。
1.2 服务期自2027年1月1日起至2027年12月31日止。服务期满，本合同终止，不自动续期，甲方依法另行组织采购。
1.3 乙方应在服务期开始前10个工作日内与上一服务商完成交接，核对系统账号、配置、文档和未关闭问题清单，并形成交接记录报甲方。
1.4 甲方负责提供驻场办公场所、必要的系统访问权限和业务配合。
1.5 服务内容包括：驻场运维；系统日常巡检、性能调优和补丁升级；监控规则库按国家和省级医保政策更新；定点医药机构接口故障排查；重大活动和结算高峰期间的保障；运维文档整理。

2. 服务费用
2.1 本合同总价为人民币柒拾陆万贰仟元整（¥762,000），为固定总价，包括人员、差旅、工具和税费等全部费用。分项如下：
    (1) 驻场运维（3人，全服务期）：486,000元
    (2) 巡检、调优与补丁升级：96,000元
    (3) 监控规则库更新：138,000元
    (4) 高峰及重大活动保障：42,000元
2.2 服务期内价格固定，不因人员工资调整等因素变动。
2.3 服务费用已包含乙方为履行本合同所需的全部工具软件和测试环境费用，甲方不另行支付。

3. 付款方式
3.1 甲方不向乙方支付预付款。
3.2 服务费按季度支付。每季度结束后，甲方按第6条进行季度考核，考核合格的，甲方在收到发票后15个工作日内支付当季服务费190,500元。
3.3 季度考核得分低于80分的，甲方按第6.3条扣减当季服务费后支付。
3.4 乙方应在每季度结束后5个工作日内提交季度服务报告和发票。

4. 人员要求
4.1 乙方应派驻3名运维工程师在甲方指定场所工作，其中至少1人熟悉医保结算业务和审核规则。驻场人员名单报甲方备案，更换须提前10个工作日征得甲方同意。
4.2 驻场人员应遵守甲方的考勤和工作制度，并在重大活动和结算高峰期间按甲方要求加班值守。
4.3 乙方项目负责人每月至少到甲方现场一次，参加运维例会并汇报服务情况。

5. 服务标准
5.1 故障分级：一级故障指系统整体中断或事中审核功能失效，影响定点医药机构结算；二级故障指单个子系统或部分接口异常；三级故障指一般功能问题。
5.2 响应时限：一级故障15分钟内响应，1小时内到场，3小时内恢复；二级故障30分钟内响应，8小时内解决；三级故障2个工作日内解决。
5.3 巡检：每日巡检并记录，每月提交巡检报告，每季度提交系统运行分析报告。
5.4 规则库更新：国家或省级医保部门发布新的政策、目录或监管要求后，乙方应在20个工作日内完成相应规则的配置、测试并提交甲方确认。
5.5 高峰保障：每月医保结算高峰期和年度清算期间，乙方应增派1名工程师现场值守，并提前制定保障方案报甲方审定。
5.6 乙方应建立运维工单台账，所有故障、变更和咨询均须登记受理时间、处理过程、完成时间和处理人。
5.7 系统变更（包括规则上线、版本升级和参数调整）应先在测试环境验证，经甲方审批后在约定时间窗口实施，并保留回退方案。

6. 考核与验收
6.1 甲方每季度按运维考核细则对乙方进行考核，考核内容包括故障响应与恢复、巡检执行、规则库更新、文档质量和驻场人员出勤，满分100分。
6.2 服务期满，乙方提交年度运维总结、全部运维文档和规则库变更记录，甲方组织年度验收。验收标准为：四个季度考核均不低于80分；规则库与现行政策目录一致；文档齐全并通过甲方审查。
6.3 每发生一次一级故障响应或恢复超时，扣减当季服务费的1%；季度考核每低于80分1分，扣减当季服务费的0.5%。
6.4 年度验收合格后，甲方出具验收报告。验收不合格的，乙方应在15日内整改；整改后仍不合格的，甲方可按第6.3条扣减费用并追究违约责任。
6.5 考核结果作为甲方评价乙方履约情况的依据，并按政府采购有关规定记入供应商履约评价。

7. 数据归属
7.1 系统中的参保人信息、结算数据、审核结果、稽核线索及其衍生数据归甲方所有。乙方仅可为完成本合同约定的运维工作接触上述数据，不得用于其他目的，不得向第三方提供。

8. 保密
8.1 乙方及其工作人员对在服务过程中知悉的甲方工作秘密、监管线索、案件信息以及其他未公开信息负有保密义务，未经甲方书面同意，不得以任何形式对外披露。
8.2 乙方应与驻场人员签订保密承诺书并报甲方备案。本条义务在合同终止后持续有效。

9. 知识产权
9.1 乙方在服务期内编写的规则配置、脚本、报表及运维文档，知识产权归甲方所有，乙方应随年度验收一并移交。
9.2 乙方保证其提供的服务及工具不侵犯第三方知识产权。

10. 违约责任
10.1 乙方未按第5.3条、第5.4条约定按时提交巡检报告、运行分析报告或完成规则库更新的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
10.2 乙方驻场人员未经同意擅自更换或缺岗的，每人每日扣减服务费500元。
10.3 甲方无正当理由逾期付款的，按逾期金额每日万分之三向乙方支付违约金。
10.4 乙方违约给甲方造成损失的，除支付违约金外，还应赔偿甲方的实际损失。

11. 转包与分包
11.1 乙方不得将本合同项下的服务转包或分包给任何第三方。

12. 合同解除
12.1 乙方连续两个季度考核不合格，或有其他严重违约行为经甲方书面通知后10日内仍未改正的，甲方有权解除合同，按实际服务期间结算费用，并要求乙方赔偿损失。
12.2 合同解除或终止时，乙方应配合甲方或新的服务商完成交接，交接期不少于30日。
12.3 因甲方机构调整或政策变化需要终止服务的，甲方应提前30日书面通知乙方，按实际服务期间结算费用。

13. 争议解决
13.1 本合同适用中华人民共和国法律。发生争议时，双方协商解决；协商不成的，依法向甲方所在地人民法院提起诉讼。

14. 其他
14.1 磋商文件、响应文件、成交通知书及运维考核细则是本合同的组成部分。
14.2 本合同一式五份，甲方三份，乙方一份，政府采购监督管理部门备案一份，自双方签字盖章之日起生效。
14.3 本合同未尽事宜，双方可签订补充协议，但补充协议不得改变本合同的实质性内容。

甲方（盖章）：青川市医疗保障局              乙方（盖章）：中衡医信技术服务有限公司
代表人：__________                          代表人：__________
日期：2026年12月  日
"""

# ---------------------------------------------------------------------------------------------------------------
# z05  豆干厂 WMS licence + custom development on the supplier's own template (many problems) — .md, ## 第X条 + 1.1
# ---------------------------------------------------------------------------------------------------------------
Z05 = """# 仓拓WMS仓储管理软件销售及定制开发合同

**（仓拓软件标准合同文本 V4.0）**

合同编号：CT-XS-2026-1187

甲方（买方）：武冈市香卤坊食品有限公司
地址：湖南省武冈市工业园迎春路18号

乙方（卖方）：成都仓拓软件有限公司
地址：成都市高新区天府五街200号

鉴于甲方为卤豆干生产企业，需要对原料库、包材库、冷库和成品库实行批次化管理，乙方为仓储管理软件开发商，双方经协商，就甲方购买仓拓WMS软件并委托乙方进行定制开发事宜订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供仓拓WMS标准版软件永久许可一套（含PC端及PDA端20个用户），并按甲方需求进行定制开发。

1.2 定制开发内容：原料大豆及辅料批次追溯；成品保质期与临期预警；冷库温湿度采集对接；与甲方金蝶ERP的物料、订单、出入库单据接口；经销商发货扫码复核。

1.3 部署在甲方自有服务器上，服务器、PDA手持终端和网络由甲方自备。

1.4 本合同所称标准功能以乙方产品说明书为准，定制功能以双方确认的需求规格说明书为准。需求规格说明书确认后，甲方提出的新增或变更需求，乙方另行报价。

1.5 乙方向甲方交付软件安装介质、用户手册和操作培训视频。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 仓拓WMS标准版软件永久许可（含20用户） | 286,000 |
| 2 | 定制开发（批次追溯、保质期预警、冷库对接、ERP接口、发货复核） | 214,000 |
| 3 | 部署实施 | 48,000 |
| 4 | 培训 | 12,000 |
| | 合计 | 560,000 |

2.1 合同总价为人民币伍拾陆万元整（¥560,000），含税。

2.2 上述价格不含服务器、数据库软件、PDA手持终端及标签打印机等硬件，亦不含超出约定人日的差旅费用。

## 第三条 付款方式

3.1 合同签订后5个工作日内，甲方支付合同总价的55%，即308,000元，作为预付款。乙方收到预付款后启动项目。

3.2 系统部署上线后10个工作日内，甲方支付合同总价的45%，即252,000元。

3.3 甲方逾期付款的，乙方有权暂停实施和技术服务，工期相应顺延。

3.4 乙方收款后开具增值税普通发票。

## 第四条 交付与上线

4.1 乙方在收到预付款后90日内完成软件安装、定制开发和部署上线。

4.2 因甲方需求变更、配合不及时或基础环境未就绪造成延误的，工期相应顺延。

4.3 乙方提供远程与现场相结合的实施服务，现场实施不超过20人日，超出部分按每人日1,500元另行收费。

4.4 甲方应指定项目负责人，及时提供基础资料、确认需求和测试结果，并保证仓库人员按计划参加培训。

## 第五条 验收

5.1 系统部署上线后，即视为甲方验收合格。

5.2 甲方在上线后发现的问题，按第六条维护条款处理。

## 第六条 免费维护

6.1 免费维护期为六个月，自系统上线之日起计算。免费维护期内，乙方提供远程技术支持和软件缺陷修复。

6.2 故障响应：乙方接到甲方报修后，一级故障（系统无法登录或无法出入库）8小时内响应，二级故障24小时内响应，其他问题在2个工作日内答复。

6.3 上述响应时间为乙方的服务目标，乙方不因响应或修复超时承担任何扣款、赔偿或违约金。

6.4 以下情形不属于免费维护范围：甲方擅自修改系统或数据库；服务器、网络、PDA等硬件故障；操作不当；第三方软件（包括ERP）变更导致的接口问题。

6.5 免费维护期内，乙方在工作日9:00至17:30提供远程支持，法定节假日除外。

## 第七条 维护期满后的服务

7.1 免费维护期满后，甲方如需继续获得技术支持和软件升级，应与乙方签订年度维护协议，维护费按乙方当年公布的价格标准收取。

7.2 未签订维护协议的，乙方按次收取现场服务费，标准以乙方届时报价为准。

7.3 乙方提供软件版本升级的前提是甲方已签订并执行年度维护协议。

## 第八条 知识产权

8.1 仓拓WMS软件及乙方为本项目定制开发的全部程序、接口、报表及相关文档的知识产权均归乙方所有。

8.2 甲方仅在本合同约定范围内享有非独占、不可转让的使用权，不得修改、反向工程，也不得交由第三方维护。

## 第九条 数据

9.1 甲方在系统中录入和产生的业务数据归甲方所有。

9.2 乙方应采取访问控制、数据加密和操作日志等措施保护甲方数据安全；因乙方原因造成数据泄露的，乙方应及时通知甲方，采取补救措施并承担相应的赔偿责任。

9.3 甲方同意，乙方有权对甲方业务数据进行脱敏处理后，用于乙方产品改进、行业分析及新客户演示，该项权利在本合同终止后继续有效。

9.4 甲方应自行做好数据备份，因甲方未备份造成的数据丢失，乙方不承担责任。

## 第十条 保密

10.1 双方对在合作中获知的对方商业秘密负有保密义务，未经对方书面同意不得向第三方披露。保密义务在合同终止后两年内有效。

10.2 已公开的信息以及乙方独立开发的技术不属于保密信息。

## 第十一条 违约责任

11.1 乙方逾期完成部署上线的，每逾期一日，按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的3%。

11.2 甲方逾期付款的，每逾期一日，按逾期金额的千分之一向乙方支付违约金。

11.3 无论本合同是否另有约定，乙方在本合同项下的累计赔偿责任（含违约金）不超过人民币56,000元，且乙方不承担任何间接损失或利润损失。

11.4 因甲方原因导致项目暂停超过60日的，乙方有权按已完成工作量结算，并要求甲方支付相应款项。

## 第十二条 委托开发

12.1 乙方有权根据项目需要，将部分开发或实施工作委托第三方完成，无需征得甲方同意。

12.2 乙方对受托第三方的工作成果承担质量责任。

## 第十三条 合同解除

13.1 一方严重违约，经守约方书面催告后30日内仍未纠正的，守约方有权解除本合同。

13.2 因甲方原因解除合同的，已付款项不予退还。

## 第十四条 争议解决

14.1 因本合同产生的争议，双方协商解决；协商不成的，向乙方所在地人民法院提起诉讼。

14.2 诉讼费、保全费等由败诉方承担。

## 第十五条 不可抗力

15.1 因地震、洪水、疫情、政府行为等不可抗力导致不能履行合同的，受影响一方不承担责任，但应及时通知对方并提供证明。

## 第十六条 其他

16.1 本合同未尽事宜，双方另行协商补充。补充协议与本合同具有同等效力。

16.2 乙方有权在宣传材料和客户名单中使用甲方名称作为成功案例。

16.3 本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：武冈市香卤坊食品有限公司　　　　乙方（盖章）：成都仓拓软件有限公司

签订日期：2026年12月　日
"""

# ---------------------------------------------------------------------------------------------------------------
# e01  Dehua porcelain-figure studio: sculpting software, perpetual licences; Finnish vendor on Lehtisaari — .pdf,
#      Article N / N.N, price table printed as rows
# ---------------------------------------------------------------------------------------------------------------
E01 = """
T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. YC-SW-2026-09
P:This Agreement is made on the date of the last signature below between:
P:(1) Fujian Dehua Yunci Porcelain Art Studio Co., Ltd., a company incorporated in the People's Republic of China with its registered office at 31 Xunzhong Road, Dehua County, Quanzhou, Fujian Province (the "Buyer"); and
P:(2) Saarikivi Form Oy, a company incorporated in Finland with its registered office at Lehtisaarentie 4, 00340 Helsinki (Lehtisaari), Finland (the "Vendor").
P:Background: The Buyer makes porcelain figures and tea-ware in Dehua and wishes to move its sculpting and mould-splitting to digital tools. The Vendor publishes the SculptForm Studio software and the Kiln Shrinkage Simulator module and has agreed to license them, install them and adapt them to the Buyer's production, on the terms below.
H:Article 1 Definitions
P:1.1 "Licensed Software" means SculptForm Studio 8 and Kiln Shrinkage Simulator 3, in object code, with their documentation and every update and upgrade released during the Warranty Period.
P:1.2 "Custom Plug-in" means the export plug-in the Vendor will write for the Buyer, which converts finished sculpts into split mould models for the Buyer's gypsum mould CNC router and into print files for its two resin 3D printers, together with the glaze-zone template library described in Annex 2.
P:1.3 "Installation Certificate" means the certificate signed by both parties once the Licensed Software is installed on all workstations and the Custom Plug-in is delivered for testing.
P:1.4 "Final Acceptance" means the Buyer's written acceptance under Article 6.
P:1.5 "Buyer Data" means all sculpts, designs, photographs, glaze recipes, shrinkage measurements and other files of the Buyer, whether created before or with the Licensed Software.
H:Article 2 Scope
P:2.1 The Vendor grants the Buyer a perpetual, non-exclusive, irrevocable licence to install and use the Licensed Software on the number of seats stated in Article 3 at its premises in Dehua County, including use by its contract designers working on site.
P:2.2 The Vendor shall install the Licensed Software, configure the shrinkage model for the Buyer's three porcelain bodies and two kilns, develop and deliver the Custom Plug-in, and train the Buyer's sculptors and mould makers.
P:2.3 The Buyer shall provide the workstations, network access and sample pieces fired under its normal production conditions.
H:Article 3 Price
P:3.1 At the Buyer's request all prices are stated and paid in Chinese yuan (CNY). The total Contract Price is CNY 918,000, inclusive of all taxes payable in China, and is fixed. It is made up as follows:
TB:Item 1: SculptForm Studio 8 perpetual licence, 14 seats x CNY 38,500 = CNY 539,000
TB:Item 2: Kiln Shrinkage Simulator 3 perpetual licence, 4 seats x CNY 46,000 = CNY 184,000
TB:Licence Subtotal (Items 1 and 2) = CNY 723,000
TB:Item 3: Installation and shrinkage model configuration = CNY 58,000
TB:Item 4: Custom Plug-in and glaze-zone template library = CNY 96,000
TB:Item 5: On-site training in Dehua, six days = CNY 41,000
TB:Total Contract Price = CNY 918,000
H:Article 4 Payment
P:4.1 The Buyer shall pay 20% of the Contract Price (CNY 183,600) within fifteen days after signature of this Agreement and receipt of the Vendor's invoice.
P:4.2 The Buyer shall pay 55% of the Contract Price (CNY 504,900) within twenty days after the Installation Certificate is signed. The Installation Certificate is not acceptance.
P:4.3 The Buyer shall pay the balance of 25% (CNY 229,500) within twenty days after Final Acceptance.
H:Article 5 Delivery and Installation
P:5.1 The Vendor shall deliver licence keys within ten days after signature and complete installation on all workstations within forty-five days after signature.
P:5.2 The Vendor shall deliver the Custom Plug-in for testing within seventy days after signature.
P:5.3 If the Vendor fails to meet a date in Article 5.1 or 5.2 for reasons not attributable to the Buyer, it shall pay delay damages of 0.08% of the Contract Price for each day of delay, up to a total of 8% of the Contract Price. Delay damages do not limit the Buyer's right to terminate under Article 15.
H:Article 6 Acceptance
P:6.1 After the Installation Certificate the parties shall run acceptance tests for thirty days using the Buyer's production designs. The Licensed Software and the Custom Plug-in pass when: (a) all eighteen seats open, edit and save sculpts of up to 40 million polygons without loss; (b) the Custom Plug-in produces split mould models that the Buyer's CNC router cuts without manual repair for at least nineteen of twenty test figures; (c) predicted firing shrinkage deviates from measured shrinkage by no more than 0.6% on the test set; (d) print files run on both 3D printers; and (e) no Severity 1 defect remains open.
P:6.2 When the tests are passed the Buyer shall issue a written Final Acceptance certificate within ten working days. Productive use of the Licensed Software, the Installation Certificate or any payment does not by itself constitute Final Acceptance.
P:6.3 If a test fails, the Vendor shall correct the defect and repeat the test. If a test fails a third time the Buyer may terminate under Article 15.
H:Article 7 Warranty
P:7.1 The Vendor warrants that the Licensed Software and the Custom Plug-in will conform to their documentation and to Annex 2 for twenty-four months from Final Acceptance (the "Warranty Period").
P:7.2 During the Warranty Period the Vendor shall correct defects, supply all updates and upgrades and provide remote and, where needed, on-site support without charge.
H:Article 8 Support and Service Levels
P:8.1 The Buyer may report incidents by telephone, e-mail or the Vendor's support portal, in Chinese or English.
P:8.2 Severity 1 means that sculpting or export is impossible for all users or that project files are being corrupted. The Vendor shall respond to a Severity 1 incident within one hour and provide a fix or a workaround within eight hours. Severity 2 (a major function impaired for some users) requires a response within three hours and a fix within three working days. Severity 3 requires a response on the next working day.
P:8.3 For each full hour by which the Vendor misses a Severity 1 response or fix time, the Vendor shall pay CNY 600, which the Buyer may deduct from any amount payable.
H:Article 9 Support after the Warranty Period
P:9.1 After the Warranty Period the Vendor shall offer annual support on the terms of Article 8. The annual support fee is 11% of the Licence Subtotal, that is CNY 79,530 per support year, fixed for the first three support years. Any later increase shall not exceed 3% per support year.
P:9.2 Support is ordered each support year by the Buyer's purchase order and does not renew automatically. The licences remain perpetual whether or not the Buyer buys support.
H:Article 10 Intellectual Property
P:10.1 The Vendor retains all rights in the Licensed Software.
P:10.2 All rights in the Custom Plug-in, the glaze-zone template library and their source code pass to the Buyer on payment of the Item 4 price. The Vendor shall deliver the source code with build instructions at Final Acceptance. The Buyer may use, modify and license the Custom Plug-in freely, including to its mould suppliers.
H:Article 11 Buyer Data and Security
P:11.1 Buyer Data belongs to the Buyer. The Vendor may access Buyer Data only to perform this Agreement and shall not copy, keep or use it for any other purpose.
P:11.2 The Licensed Software runs on the Buyer's own workstations and server in Dehua. Remote access by the Vendor requires the Buyer's approval for each session, runs through the Buyer's VPN with multi-factor authentication and is logged. No Buyer Data may be transferred outside the Buyer's premises or outside mainland China.
P:11.3 The Vendor shall notify the Buyer within twenty-four hours of any actual or suspected unauthorised access to Buyer Data caused through the Vendor's staff, tools or software, shall take immediate remedial steps and shall compensate the Buyer for all losses resulting from such an incident.
H:Article 12 Confidentiality
P:12.1 Each party shall keep confidential all non-public information received from the other party, in particular the Buyer's unreleased designs, customer orders and glaze recipes, and shall use it only for this Agreement. This obligation survives termination for three years.
H:Article 13 Liability
P:13.1 Each party's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to breach of Articles 11 or 12, to infringement indemnities, to death or personal injury, or to wilful misconduct.
H:Article 14 Subcontracting
P:14.1 The Vendor shall not subcontract any part of the services without the Buyer's prior written consent. The Vendor remains responsible for any approved subcontractor.
H:Article 15 Termination
P:15.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within twenty days after written notice.
P:15.2 The Buyer may also terminate if delay damages under Article 5.3 reach their maximum or if an acceptance test fails three times. On termination for the Vendor's default the Vendor shall refund the amounts paid for the items not accepted.
H:Article 16 Force Majeure
P:16.1 Neither party is liable for delay caused by events beyond its reasonable control if it notifies the other party promptly.
H:Article 17 Governing Law and Disputes
P:17.1 This Agreement is governed by the laws of Finland, excluding its conflict-of-law rules and the United Nations Convention on Contracts for the International Sale of Goods.
P:17.2 Any dispute arising out of this Agreement shall be finally settled by arbitration under the Arbitration Rules of the Finland Chamber of Commerce by a sole arbitrator. The seat of arbitration is Helsinki and the language is English.
H:Article 18 General
P:18.1 This Agreement, with Annex 1 (Workstation List) and Annex 2 (Custom Plug-in Specification), is the entire agreement of the parties. Amendments must be in writing and signed by both parties.
P:For the Buyer: ____________________   Name / Title: ____________________
P:For the Vendor: ____________________   Name / Title: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
# e02  Zhouzhuang water-town gondola operator: ticketing SaaS, Order Form + General Terms; Icelandic vendor on
#      Drangey — .md, Part A Order Form + Part B General Terms, fee table
# ---------------------------------------------------------------------------------------------------------------
E02 = """# DRANGEY TICKETING ehf. — ORDER FORM AND GENERAL TERMS

Order Form No. DT-CN-0412

## PART A — ORDER FORM

### A1. Parties

**Provider:** Drangey Ticketing ehf., a private limited company registered in Iceland, with its registered office at the Drangey island station, Skagafjörður, 551 Sauðárkrókur, Iceland ("Provider").

**Customer:** Kunshan Zhouzhuang Shuixiang Gondola Tourism Co., Ltd., 18 Quanfu Road, Zhouzhuang Town, Kunshan, Jiangsu Province, People's Republic of China ("Customer").

Customer operates 126 hand-rowed gondolas on the canals of Zhouzhuang water town from nine piers. This Order Form and the General Terms in Part B (together, the "Agreement") set out how Provider will supply its cloud ticketing service for those piers.

### A2. Service

Provider will provide the Drangey Ticketing cloud service (the "Service"): online sale of gondola tickets through Customer's WeChat mini-program and website, pier-side sale on Customer's tablets, real-name registration where the scenic-area authority requires it, QR boarding passes checked by handheld scanners at each pier, boat and boatman dispatch, refunds, and daily settlement reports for Customer's finance department.

### A3. Subscription Term

The Service is subscribed for two Subscription Years. The first Subscription Year begins on the Subscription Start Date, which is the date on which Customer signs the Go-Live Certificate under Part B clause 3. The second Subscription Year begins on the first anniversary of that date. The Agreement ends at the end of the second Subscription Year unless the parties sign a new Order Form.

### A4. Fees

At Customer's request, all fees are stated and payable in Chinese yuan (CNY) and include Chinese VAT.

| Item | Description | Amount (CNY) |
|---|---|---|
| 1 | Set-up fee: configuration of piers, routes, fares and boat fleet; connection to the scenic-area gate system and Customer's mini-program; data import; training of pier staff | 72,000 |
| 2 | Subscription fee, first Subscription Year (up to 900,000 tickets) | 168,000 |
| 3 | Subscription fee, second Subscription Year (up to 900,000 tickets) | 168,000 |
| | Total fees under this Order Form | 408,000 |

Tickets above 900,000 in a Subscription Year are charged at CNY 0.06 per ticket, invoiced after the end of that Subscription Year. These usage charges are not part of the total above.

### A5. Invoicing and Payment

5.1 On signature of this Order Form Provider will invoice the set-up fee together with the subscription fee for the first Subscription Year, CNY 240,000 in total. Customer shall pay that invoice within ten days after receipt, and in any case before Provider starts the set-up work.

5.2 Provider will invoice the subscription fee for the second Subscription Year at the beginning of that Subscription Year, payable within thirty days.

5.3 Payments are made by bank transfer in CNY to Provider's account with its paying agent in Shanghai.

### A6. Go-Live Date

Provider shall make the Service ready for go-live testing within forty-five days after receiving the payment under A5.1. If the Go-Live Certificate cannot be signed within sixty days after that payment because of Provider's failure, Provider shall pay Customer CNY 300 for each day of delay until the Go-Live Certificate is signed, up to CNY 20,000.

### A7. Service Levels

7.1 The Service shall be available at least 99.95% of each calendar month, measured at Provider's monitoring points, excluding maintenance announced at least three days ahead and carried out between 00:00 and 05:00 China Standard Time.

7.2 Priority 1 means that tickets cannot be sold or boarding passes cannot be checked at two or more piers. Provider shall respond to a Priority 1 incident within thirty minutes and restore the Service or provide a workaround within three hours. Priority 2 means a partial failure at one pier or of one sales channel: response within two hours, restoration within one working day. Priority 3 covers questions and cosmetic faults: response within two working days.

7.3 If monthly availability falls below the level in 7.1, Provider shall credit 5% of the monthly equivalent of the subscription fee for each 0.1 percentage point, or part of it, by which availability falls short, up to half of that monthly equivalent. If Provider misses a Priority 1 response or restoration time, it shall credit CNY 500 for each hour or part of an hour by which it is late. Credits are set off against the next invoice or paid within thirty days after the end of the term.

### A8. Signatures

Signed for Provider by its authorised signatory: ____________________

Signed for Customer by its authorised signatory: ____________________

## PART B — GENERAL TERMS

### 1. Definitions

"Customer Data" means all data that Customer, its passengers or its staff enter into the Service or that the Service generates for Customer, including passenger names, identity document numbers, telephone numbers, payment references, ticket and boarding records, boatman schedules and reports.

"Customer Configuration" means the fare tables, route and pier set-up, mini-program pages, report templates and gate-system connection built for Customer.

### 2. Use of the Service

2.1 Provider grants Customer a non-exclusive, non-transferable right to use the Service during the Subscription Term for its gondola business in Zhouzhuang, including use by its ticket agents.

2.2 Customer is responsible for the accuracy of fares and timetables it enters and for the use of its user accounts.

### 3. Set-up and Go-Live Acceptance

3.1 When set-up is complete, the parties shall carry out go-live tests at all nine piers over seven consecutive days of normal operation. The tests pass when: (a) tickets are sold through every channel; (b) every QR boarding pass is validated at the pier scanners and the scenic-area gates; (c) refunds are processed and reported correctly; (d) the daily settlement report reconciles with the payment provider's statement to the fen for each test day; and (e) no Priority 1 or Priority 2 incident remains open.

3.2 When the tests pass, Customer shall sign the Go-Live Certificate within three working days. Use of the Service for real passengers during the test period does not constitute acceptance.

### 4. Customer Data and Security

4.1 Customer Data belongs to Customer. Provider processes Customer Data only on Customer's instructions and only to provide the Service, and shall not sell, disclose or use it for any other purpose.

4.2 Provider hosts the Service and all Customer Data in a data centre in mainland China operated by Hangzhou Xiyun Data Services Co., Ltd., which Customer approves by signing the Order Form. No Customer Data will be transferred outside mainland China. Provider shall maintain the Service's filing under the Multi-Level Protection Scheme at level 3, encrypt identity document numbers and telephone numbers at rest and in transit, restrict access to named personnel using multi-factor authentication and keep access logs for at least six months.

4.3 Provider shall notify Customer within twelve hours after becoming aware of any unauthorised access to, loss of or alteration of Customer Data, shall take immediate measures to contain it, shall support Customer's reports to the authorities and passengers, and shall bear the costs and losses caused to Customer where the incident results from Provider's breach of this clause 4.

4.4 Within thirty days after the end of the Agreement Provider shall return Customer Data in CSV format and then delete it, and certify the deletion in writing.

### 5. Intellectual Property

5.1 Provider keeps all rights in the Service and its underlying software.

5.2 Customer owns the Customer Configuration. Provider shall deliver it in exportable form at the end of the Agreement, and Customer may use, modify and give it to any successor provider.

### 6. Subcontracting

Apart from the hosting company named in clause 4.2, Provider shall not subcontract any part of the Service without Customer's prior written consent.

### 7. Fees and Taxes

7.1 Fees are fixed for the Subscription Term stated in Part A.

7.2 Customer may withhold any amount it disputes in good faith, giving its reasons in writing, and shall pay the undisputed balance.

### 8. Liability

8.1 Each party's total liability under the Agreement is limited to one and a half times the total fees stated in Part A4.

8.2 The limit does not apply to Provider's obligations under clause 4, to death or personal injury caused by negligence, or to fraud.

8.3 Neither party is liable for loss of profit or indirect loss, except under clause 4.

### 9. Term and Termination

9.1 Either party may terminate the Agreement by written notice if the other party commits a material breach and does not remedy it within thirty days after being notified.

9.2 Customer may also terminate if availability falls below 99% in any two months of a Subscription Year.

9.3 If Customer terminates under 9.1 or 9.2, Provider shall refund the part of the subscription fees paid for the period after termination, and the set-up fee if the Go-Live Certificate has not been signed.

### 10. Force Majeure

Neither party is liable for failure caused by events beyond its reasonable control, such as flood, typhoon or a closure of the water town ordered by the authorities. The party affected shall inform the other promptly. Fees for any full month in which the canals are closed to all gondolas by order of the authorities are suspended.

### 11. Notices

Notices shall be in writing in English or Chinese and sent by courier or e-mail to the addresses in Part A1. Notices under clauses 4.3 and 9 shall also be given by telephone.

### 12. Governing Law and Jurisdiction

12.1 The Agreement is governed by the laws of Iceland.

12.2 The District Court of Reykjavík (Héraðsdómur Reykjavíkur) has exclusive jurisdiction over any dispute arising out of or in connection with the Agreement.

### 13. General

13.1 If Part A and Part B conflict, Part A prevails.

13.2 The Agreement is the entire agreement of the parties on its subject and may be amended only in writing signed by both parties.

13.3 Neither party may assign the Agreement without the other's written consent.
"""

# ---------------------------------------------------------------------------------------------------------------
# e03  Guangdong lychee orchard: flowering and moisture sensors on the buyer's paper; Slovenian integrator in Koper
#      — .docx with a Word price table, Section N / N.N
# ---------------------------------------------------------------------------------------------------------------
E03 = """
T:Purchase Contract for Orchard Flowering and Soil Moisture Monitoring System
P:Contract No. GZGZ-PC-2026-027
P:Buyer: Gaozhou Genzi Lychee Orchard Co., Ltd., Genzi Town, Gaozhou, Maoming, Guangdong Province, People's Republic of China (the "Buyer").
P:Supplier: Obala Agritech d.o.o., Ferrarska ulica 14, 6000 Koper, Slovenia (the "Supplier").
P:The Buyer farms 420 hectares of lychee orchards on the hillsides around Genzi, including old Baitangying and Feizixiao trees. To time irrigation, bloom thinning and pest control, the Buyer wants to monitor flowering progress and soil moisture across its blocks. The Supplier was selected through the Buyer's invitation to tender of October 2026. This contract is on the Buyer's standard purchase terms.
H:Section 1 Scope of Supply
P:1.1 The Supplier shall supply, install and commission soil moisture and temperature probes at three depths, flowering-stage camera nodes, micro-weather stations and solar-powered LoRaWAN gateways across the Buyer's orchard blocks, together with a perpetual licence of its orchard analytics software installed on the Buyer's server at the Genzi packing house.
P:1.2 The Supplier shall calibrate the flowering-stage recognition model for the Buyer's cultivars, using the Buyer's photographs from the 2026 and 2027 flowering seasons, and shall train the Buyer's field supervisors.
P:1.3 Locations of all devices are listed in Annex 1. Technical requirements are in Annex 2.
H:Section 2 Price
P:2.1 At the Buyer's request all prices are in Chinese yuan (CNY). The total Contract Price is CNY 1,080,000, fixed, including delivery to the orchard (DDP Genzi), import duties, VAT, installation, calibration, training and all services during the Warranty Period. Itemised prices:
TB:No.|Item|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Soil moisture and temperature probe, three depths|240|1,150|276,000
TB:2|Flowering-stage camera node with solar panel|36|5,800|208,800
TB:3|Micro-weather station (rain, wind, humidity, leaf wetness)|6|21,500|129,000
TB:4|LoRaWAN gateway with solar kit and 4G backhaul|8|14,200|113,600
TB:5|Orchard analytics software, perpetual licence, unlimited users|1|168,000|168,000
TB:|Hardware and Licence Subtotal|||895,400
TB:6|Installation and commissioning|1|94,600|94,600
TB:7|Flowering model calibration for the Buyer's cultivars|1|72,000|72,000
TB:8|Training of field supervisors|1|18,000|18,000
TB:|Total Contract Price|||1,080,000
H:Section 3 Payment
P:3.1 Advance payment: 10% of the Contract Price (CNY 108,000) within fifteen days after the Buyer receives an on-demand advance payment guarantee of the same amount issued by a bank in mainland China.
P:3.2 Installation payment: 65% of the Contract Price (CNY 702,000) within twenty days after the Installation Certificate under Section 5.2. The Installation Certificate records completed installation only and is not acceptance.
P:3.3 Final payment: 25% of the Contract Price (CNY 270,000) within twenty days after Final Acceptance under Section 6.
P:3.4 The Supplier shall issue a valid invoice for each payment. All payments are made in CNY to the Supplier's account with a bank in mainland China.
H:Section 4 Delivery and Delay
P:4.1 All devices shall be delivered to the Genzi packing house within sixty days after signature. Installation shall be completed by 31 January 2027, before the flower panicles emerge.
P:4.2 If the Supplier misses either date for reasons not attributable to the Buyer, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price. If the delay exceeds thirty days the Buyer may terminate under Section 13.
H:Section 5 Installation
P:5.1 The Supplier's installers shall follow the Buyer's orchard rules on access roads, pesticide spraying intervals and protection of trees and irrigation pipes. Damage to trees or pipes shall be repaired or compensated by the Supplier.
P:5.2 When all devices are installed and reporting to the software, the parties shall sign an Installation Certificate.
P:5.3 The Supplier shall remove all packaging, cable offcuts and other waste from the orchard at its own cost and shall not leave batteries or electronic waste in the fields.
H:Section 6 Acceptance
P:6.1 Final Acceptance takes place after a trial period of forty-five days following the Installation Certificate. The system is accepted when: (a) at least 98% of probes and camera nodes report on at least 95% of scheduled readings during the trial period; (b) probe moisture readings deviate by no more than 3 percentage points from gravimetric samples taken by the Buyer at ten locations; (c) the flowering-stage model classifies at least 85% of a test set of 500 panicle photographs correctly; (d) irrigation and pest-control alerts reach supervisors' phones within five minutes; and (e) all documentation in Annex 2 has been delivered.
P:6.2 The Buyer shall issue the Final Acceptance certificate within ten working days after the criteria are met. Use of the system during the trial period, the Installation Certificate or any payment does not amount to acceptance.
H:Section 7 Warranty and Support
P:7.1 The Warranty Period is thirty-six months from Final Acceptance. During the Warranty Period the Supplier shall repair or replace any defective device and correct software defects free of charge, including parts, labour and travel.
P:7.2 The Supplier shall keep a stock of spare probes, camera nodes and gateway parts at its service partner in Maoming.
P:7.3 Severity 1 means that a gateway or the analytics software is down, or more than a quarter of the devices stop reporting. The Supplier shall respond to a Severity 1 fault within one hour and restore service within twenty-four hours. Other faults shall be answered within one working day and fixed within five working days.
P:7.4 For each hour by which the Supplier exceeds a Severity 1 response or restoration time, the Supplier shall pay CNY 500, which the Buyer may deduct from amounts payable or claim from the Supplier.
H:Section 8 Support after Warranty
P:8.1 After the Warranty Period the Supplier shall offer support on the terms of Section 7 at an annual fee of 7% of the Hardware and Licence Subtotal, that is CNY 62,678 per year. This fee is fixed for the first two years after the Warranty Period and may then be changed only by written agreement.
P:8.2 Support after the Warranty Period is ordered year by year by the Buyer's purchase order and does not renew automatically.
H:Section 9 Data and Security
P:9.1 All data collected by the system, including sensor readings, photographs, yield records and the calibrated model's outputs, belongs to the Buyer. The Supplier shall use it only to perform this contract and shall not copy, retain or use it for any other purpose.
P:9.2 The software and data are kept on the Buyer's server in Genzi. The Supplier may access the server remotely only through the Buyer's VPN, with the Buyer's approval for each session, using personal accounts and multi-factor authentication; sessions are logged. The Supplier shall not move any data outside mainland China.
P:9.3 The Supplier shall inform the Buyer within twenty-four hours of any security incident affecting the system or the Buyer's data, shall remedy it at its own cost and shall be liable for the Buyer's losses caused by its breach of this Section.
H:Section 10 Confidentiality
P:10.1 The Supplier shall keep confidential all information about the Buyer's orchards, yields, customers and prices, and shall not disclose it to third parties without the Buyer's written consent. This Section survives the end of the contract.
H:Section 11 Intellectual Property
P:11.1 The Supplier keeps the rights in its standard software and device firmware; the Buyer's licence to them is perpetual and irrevocable.
P:11.2 The calibrated flowering model, its training data set, and all reports and maps made for the Buyer belong to the Buyer, which may use, modify and license them freely.
H:Section 12 Liability and Subcontracting
P:12.1 The Supplier's total liability under this contract is limited to twice the Contract Price. The limit does not apply to personal injury, wilful misconduct or breach of Sections 9 and 10.
P:12.2 The Supplier may use its service partner in Maoming named in Annex 3 for installation and repairs. Any other subcontracting requires the Buyer's prior written consent. The Supplier is responsible for all subcontractors.
H:Section 13 Termination
P:13.1 The Buyer may terminate this contract by written notice if the Supplier commits a material breach and does not remedy it within fifteen days after written notice, or if the delay under Section 4.2 exceeds thirty days. The Supplier shall then refund the amounts paid for undelivered or unaccepted items.
H:Section 14 Governing Law and Disputes
P:14.1 This contract is governed by the laws of the People's Republic of China.
P:14.2 Disputes shall be submitted to the Guangzhou Arbitration Commission for arbitration in Guangzhou under its rules in force at the time. The award is final.
H:Section 15 General
P:15.1 Annexes 1 to 3 form part of this contract. Amendments require a written document signed by both parties. The contract is signed in English and Chinese; both versions have equal force.
P:15.2 Notices shall be in writing and sent by courier or e-mail to the addresses above. Notices about faults may also be given by telephone and confirmed in writing afterwards.
P:For the Buyer: ____________________        For the Supplier: ____________________
P:Date: ____ December 2026
"""

# ---------------------------------------------------------------------------------------------------------------
# e04  Shengzhou necktie maker: managed SD-WAN service; Luxembourg provider in Clervaux — .md, numbered clauses with
#      Schedules (priority table, charges table)
# ---------------------------------------------------------------------------------------------------------------
E04 = """# MANAGED SD-WAN SERVICE AGREEMENT

**Agreement reference:** ANL-CN-2026-033

**Between**

**Ardennes Netlink S.à r.l.**, a company registered in Luxembourg, with its registered office at 2 Grand-Rue, L-9710 Clervaux, Grand Duchy of Luxembourg, acting in China through its authorised local carrier partners (the "Provider"); and

**Zhejiang Shengzhou Lingyun Necktie Co., Ltd.**, with its registered office at 88 Lingdai Road, Economic Development Zone, Shengzhou, Zhejiang Province, People's Republic of China (the "Customer").

**Background.** The Customer weaves, prints and sews silk and polyester neckties for export and domestic brands at two plants in Shengzhou, runs a finished-goods warehouse in Shengzhou, a design studio in Hangzhou, a showroom in Shanghai, a fabric purchasing office in Keqiao and a sales office in Yiwu. The Customer wants one managed network connecting these seven sites. The Provider has agreed to design, deploy and operate that network as a managed service on the terms below.

## 1. Definitions

1.1 "Sites" means the seven Customer locations listed in Schedule 1.

1.2 "Service" means the managed SD-WAN service described in clause 2, including edge appliances, underlay circuits ordered through the Provider's carrier partners, the orchestration portal and round-the-clock monitoring by the Provider's network operations centre.

1.3 "Network Ready Date" means the date on which all Sites pass the acceptance tests in clause 4.

1.4 "Minimum Term" means thirty-six months from the Network Ready Date.

1.5 "Incident" means any failure or degradation of the Service at one or more Sites. Incident priorities are defined in Schedule 2.

## 2. The Service

2.1 The Provider shall supply and install an SD-WAN edge appliance at each Site (two at the Shengzhou head office in high-availability mode), arrange a primary fibre circuit and a secondary 5G or fibre circuit at each Site, and configure application-aware routing so that ERP, design-file transfer and video conferencing traffic take priority.

2.2 The Provider shall monitor the Service continuously, manage configuration changes requested by the Customer within two working days, apply security updates to the appliances and send the Customer a monthly service report.

## 3. Deployment

3.1 The Provider shall deliver a detailed network design within twenty days after signature and, once the Customer has approved it, install the Service at all Sites.

3.2 The Provider shall bring all Sites to the Network Ready Date within seventy-five days after signature. If it fails to do so for reasons not attributable to the Customer, it shall pay the Customer CNY 1,200 for each day of delay, up to CNY 60,000.

## 4. Acceptance

4.1 At each Site the Provider shall demonstrate, in the presence of the Customer's IT manager: (a) failover from the primary to the secondary circuit within one second without dropping an established ERP session; (b) throughput of at least 90% of the contracted bandwidth on both circuits; (c) round-trip latency between each Site and the head office of no more than 30 milliseconds; (d) correct application priority under load; and (e) visibility of the Site in the Customer's portal account.

4.2 After all Sites have passed these tests and the network has run for seven days without a Priority 1 Incident, the Customer shall sign a Network Acceptance Certificate. Use of the Service at any Site before that date does not constitute acceptance.

## 5. Service Levels and Service Credits

5.1 The Provider shall ensure that the Service is available at each Site for at least 99.95% of each calendar month, measured as the share of minutes in which the Site can reach the head office over at least one circuit.

5.2 The Provider shall respond to and restore Incidents within the times set out in Schedule 2.

5.3 If the Provider misses a level in 5.1 or 5.2, the Customer is entitled to the service credits in Schedule 2. Credits are deducted from the next invoice.

## 6. Charges and Payment

6.1 The charges are set out in Schedule 1. At the Customer's request all charges are stated and invoiced in Chinese yuan (CNY), including VAT.

6.2 The one-time installation charge is invoiced after the Network Acceptance Certificate is signed. Monthly recurring charges are invoiced monthly in arrears, starting from the Network Ready Date. No charge is payable in advance.

6.3 The Customer shall pay each undisputed invoice within thirty days after receipt.

6.4 Charges are fixed for the Minimum Term.

## 7. Customer Data and Security

7.1 Configuration files, traffic statistics, logs and any business data passing through the Service ("Customer Data") belong to the Customer. The Provider shall process Customer Data only to provide the Service and shall not inspect content, sell or disclose Customer Data, or use it for any other purpose.

7.2 The network operations centre staff who manage the Service for the Customer work from Hangzhou. Customer Data shall remain in mainland China. The Provider shall protect the appliances and the portal with multi-factor authentication, role-based access and audit logging, and shall apply critical security patches within seven days after release.

7.3 The Provider shall notify the Customer within six hours after becoming aware of a security incident affecting the Service or Customer Data, shall take immediate measures to contain and remedy it, and shall compensate the Customer for losses caused by its failure to comply with this clause 7.

## 8. Confidentiality

8.1 Each party shall keep confidential all non-public information of the other party obtained under this Agreement, including the Customer's network design, passwords, customer lists and product designs, and shall use it only for this Agreement. This obligation continues for three years after the Agreement ends.

## 9. Intellectual Property

9.1 The Provider keeps all rights in its orchestration software and appliance firmware.

9.2 The network design, addressing plan and configuration documents prepared for the Customer belong to the Customer, which may use, modify and hand them over to any other provider.

## 10. Subcontracting

10.1 The Provider's carrier partners listed in Schedule 1 are approved by the Customer by signing this Agreement. The Provider shall not use any other subcontractor for the Service without the Customer's prior written consent. The Provider remains responsible for all its carrier partners and subcontractors.

## 11. Liability

11.1 The Provider's total aggregate liability arising out of or in connection with this Agreement, whether in contract, tort or otherwise, shall not exceed CNY 260,000.

11.2 The Provider is not liable for loss of profits, loss of business or indirect loss.

11.3 Nothing in this Agreement limits liability for death or personal injury caused by negligence, or for fraud.

## 12. Term and Termination

12.1 This Agreement starts on signature and continues for the Minimum Term. It does not renew automatically; any extension requires a written agreement between the parties.

12.2 Service credits under clause 5 and Schedule 2 are the Customer's sole and exclusive remedy for any failure of the Service to meet the service levels. The Customer may not terminate this Agreement before the end of the Minimum Term, including for any breach by the Provider, and shall pay the charges for the whole Minimum Term.

12.3 The Provider may suspend the Service or terminate this Agreement if the Customer fails to pay an undisputed invoice within thirty days after a written reminder.

## 13. Force Majeure

13.1 Neither party is liable for delay or failure caused by events beyond its reasonable control, including cable cuts by third parties outside the Sites, natural disasters or orders of public authorities, if it informs the other party promptly.

## 14. Governing Law and Disputes

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Any dispute shall be submitted to the Shanghai International Arbitration Centre for arbitration in Shanghai in accordance with its rules. The arbitration shall be conducted in English and Chinese.

## 15. General

15.1 This Agreement, with its Schedules, is the entire agreement of the parties. Amendments must be in writing and signed by both parties.

Signed for the Provider: ____________________ Signed for the Customer: ____________________

## Schedule 1 — Sites and Charges

| Site | Location | Primary / secondary circuit | Monthly recurring charge (CNY) |
|---|---|---|---|
| 1 | Head office and plant 1, Shengzhou (two appliances) | 500 Mbps fibre / 200 Mbps fibre | 14,600 |
| 2 | Plant 2, Shengzhou | 200 Mbps fibre / 5G | 7,400 |
| 3 | Finished-goods warehouse, Shengzhou | 100 Mbps fibre / 5G | 5,200 |
| 4 | Design studio, Hangzhou | 200 Mbps fibre / 5G | 7,900 |
| 5 | Showroom, Shanghai | 100 Mbps fibre / 5G | 6,800 |
| 6 | Fabric purchasing office, Keqiao | 100 Mbps fibre / 5G | 5,300 |
| 7 | Sales office, Yiwu | 100 Mbps fibre / 5G | 5,600 |
| | Total monthly recurring charge | | 52,800 |

One-time installation charge: CNY 46,000.

Total charges for the Minimum Term: 36 x CNY 52,800 + CNY 46,000 = CNY 1,946,800.

Approved carrier partners: China Telecom Shaoxing branch; China Unicom Hangzhou branch.

## Schedule 2 — Incident Priorities and Service Credits

| Priority | Definition | Response | Restoration |
|---|---|---|---|
| P1 | Head office or two or more Sites unreachable | 15 minutes | 3 hours |
| P2 | One Site unreachable, or a Site running on its secondary circuit only | 30 minutes | 8 hours |
| P3 | Degraded performance or a single failed appliance in a high-availability pair | 2 hours | 2 working days |
| P4 | Configuration change or question | 1 working day | 2 working days |

Availability credits: for each Site whose monthly availability falls below 99.95%, a credit of 10% of that Site's monthly recurring charge; below 99.5%, 25%; below 99%, 50%.

Response and restoration credits: for each P1 Incident whose response or restoration time is missed, CNY 1,000 for each hour or part of an hour of delay; for each missed P2 time, CNY 400 per hour or part.
"""

# ---------------------------------------------------------------------------------------------------------------
# e05  Zhengzhou property-agency platform: title-deed check API subscription; Finnish vendor on Kuivasaari — .txt,
#      upper-case headings, a Schedule
# ---------------------------------------------------------------------------------------------------------------
E05 = """API SUBSCRIPTION AGREEMENT
TITLE CERTIFICATE VERIFICATION SERVICE

Agreement number: KRD-ZZ-2026-118

THIS AGREEMENT is made between:

KUIVASAARI REGISTRY DATA OY, a company registered in Finland (business ID 3321457-8), with its registered office on Kuivasaari island, 00860 Helsinki, Finland ("Vendor"); and

ZHENGZHOU JIAFANG PROPERTY NETWORK TECHNOLOGY CO., LTD., a company registered in the People's Republic of China, with its registered office at 66 Jinshui East Road, Zhengdong New District, Zhengzhou, Henan Province ("Customer").

BACKGROUND

(A) Customer operates an online platform through which more than 2,300 property agencies in Henan list second-hand homes for sale and rent, and on which buyers book viewings and sign agency agreements.

(B) Before a listing is published, Customer wants to check that the title certificate uploaded by the agent is authentic, that the seller named in the listing is the registered owner, and whether the property is mortgaged or seized, using the official verification channels of the real-estate registration authorities that Vendor's Chinese partner is authorised to query.

(C) Vendor provides a verification API for this purpose and has agreed to supply it to Customer on the terms of this Agreement.

1. DEFINITIONS

1.1 "API" means Vendor's title certificate verification application programming interface, its documentation and the test environment.

1.2 "Verification Call" means one request to the API concerning one title certificate, whatever the result.

1.3 "Subscription Year" means each consecutive period starting on the Service Start Date or on an anniversary of it.

1.4 "Service Start Date" means the date on which Customer signs the Integration Acceptance Record under clause 5.

1.5 "Query Data" means the certificate numbers, property addresses, owner names, identity document numbers and images that Customer submits, and every result the API returns to Customer.

1.6 "Registry Partner" means Henan Anjia Real Estate Information Service Co., Ltd., through which Vendor sends Verification Calls to the registration authorities. Customer approves the Registry Partner by signing this Agreement.

2. SERVICE

2.1 From the Service Start Date Vendor shall make the API available to Customer's platform so that Customer can submit Verification Calls and receive results stating whether the certificate is authentic, whether the named person is the registered owner, and whether a mortgage, seizure or other restriction is recorded.

2.2 Vendor shall give Customer access to the test environment within ten days after signature and shall provide an integration engineer for up to fifteen working days to help Customer connect its listing workflow to the API.

2.3 Vendor shall deliver, as part of the onboarding work, a connector module for Customer's listing system that batches Verification Calls, stores results in Customer's database and flags mismatches for Customer's review team (the "Connector").

2.4 Vendor shall keep the API documentation up to date and announce any change to the interface at least sixty days before it takes effect, so that Customer can adapt its platform.

3. FEES

3.1 At Customer's request all fees are stated and paid in Chinese yuan (CNY). The fees are set out in the Schedule.

3.2 The subscription fee for each Subscription Year covers up to 400,000 Verification Calls. Additional Verification Calls are charged at the overage rate in the Schedule.

3.3 Fees exclude VAT, which Vendor's Chinese invoicing agent adds at the applicable rate.

4. INVOICING AND PAYMENT

4.1 The onboarding fee is invoiced after the Integration Acceptance Record is signed.

4.2 The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year and is payable within thirty days after the invoice date.

4.3 Overage is invoiced quarterly in arrears.

4.4 No amount is payable before the Service Start Date.

5. INTEGRATION ACCEPTANCE

5.1 Before the Service Start Date the parties shall run integration tests on a sample of 500 title certificates chosen by Customer, of which Customer knows the true status from completed transactions. The tests are passed when: (a) every Verification Call in the sample returns a result in the documented format; (b) the result matches the known status for every certificate in the sample, except certificates that the registration authority itself reports as unavailable; (c) the Connector records each result against the correct listing; and (d) mismatches are flagged to Customer's review queue.

5.2 When the tests are passed Customer shall sign an Integration Acceptance Record. Use of the API on live listings before that date does not mean that the tests are passed.

6. SUPPORT

6.1 Vendor shall use commercially reasonable efforts to keep the API available and to deal with support requests promptly.

6.2 Customer may raise support requests by e-mail or through Vendor's ticket portal in English or Chinese. Vendor's support desk is staffed on working days in both Helsinki and Zhengzhou.

6.3 Vendor may carry out maintenance on the API at any time and shall try to announce planned maintenance in advance on its status page.

7. CUSTOMER DATA AND SECURITY

7.1 Query Data belongs to Customer. Vendor and the Registry Partner process Query Data only to perform Verification Calls for Customer and shall not use it for any other purpose, sell it, build databases from it or disclose it to anyone other than the registration authorities.

7.2 Query Data shall be processed and stored only in mainland China, on servers of the Registry Partner that hold a Multi-Level Protection Scheme level 3 filing. Vendor shall ensure that Query Data is encrypted in transit and at rest, that access is restricted to named staff using multi-factor authentication and logged, and that Query Data is deleted thirty days after the result has been returned, except for the call log kept for billing.

7.3 Vendor shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China in processing Query Data, and shall cooperate with Customer in handling requests of data subjects.

7.4 Vendor shall notify Customer within twelve hours after becoming aware of any unauthorised access to or leak of Query Data, shall take immediate measures to stop it and shall compensate Customer for all losses, fines and claims resulting from a breach of this clause 7 by Vendor or the Registry Partner.

8. CONFIDENTIALITY

8.1 Each party shall keep confidential all non-public information received from the other party, including Customer's listing volumes, agency customers and pricing and Vendor's technical documentation, and shall use it only for this Agreement. This obligation continues for three years after termination.

9. INTELLECTUAL PROPERTY

9.1 Vendor keeps all rights in the API and its software.

9.2 The Connector, including its source code, belongs to Customer once the onboarding fee is paid. Customer may use, modify and license the Connector without restriction.

10. SUBCONTRACTING

10.1 Apart from the Registry Partner, Vendor shall not subcontract any part of its obligations without Customer's prior written consent, and remains responsible for the Registry Partner and any approved subcontractor.

11. TERM AND RENEWAL

11.1 This Agreement starts on signature and continues until the end of the second Subscription Year.

11.2 After that the Agreement renews automatically for a further Subscription Year at a time, at the same subscription fee and overage rate, unless either party gives written notice of non-renewal at least sixty days before the end of the current Subscription Year.

12. TERMINATION

12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within thirty days after written notice.

12.2 Customer may also terminate by written notice if the registration authorities withdraw the Registry Partner's authorisation to query their records.

12.3 On termination Vendor shall refund any subscription fee paid for the period after termination.

13. LIABILITY

13.1 Each party's aggregate liability under this Agreement is limited to one and a half times the total fees stated in the Schedule for the first two Subscription Years.

13.2 The limit does not apply to a breach of clause 7 or clause 8, or to wilful misconduct.

13.3 Neither party is liable for loss of profit or any indirect loss.

14. GOVERNING LAW AND DISPUTES

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Any dispute shall be submitted to the China International Economic and Trade Arbitration Commission (CIETAC) for arbitration in Beijing under its rules in force when the arbitration is commenced. The language of the arbitration is English.

15. GENERAL

15.1 Neither party may assign this Agreement without the other party's written consent.

15.2 This Agreement, with the Schedule, is the entire agreement of the parties and may only be amended in writing signed by both parties.

15.3 Notices shall be in writing and delivered by courier or e-mail to the addresses above, with a copy to each party's contact person named during onboarding.

15.4 This Agreement is made in English in two originals.

SIGNED for Vendor: ____________________ Name and title: ____________________

SIGNED for Customer: ____________________ Name and title: ____________________

SCHEDULE - FEES

Item                                                          Amount (CNY)
Onboarding fee (integration engineer, test environment,
Connector development and hand-over)                              38,000
Subscription fee, first Subscription Year
(up to 400,000 Verification Calls)                               226,000
Subscription fee, second Subscription Year
(up to 400,000 Verification Calls)                               226,000
Total fees for the first two Subscription Years                  490,000

Overage rate: CNY 0.45 per Verification Call above 400,000 in a Subscription Year, not included in the total above.

Renewal: each renewal Subscription Year is charged at CNY 226,000, the same subscription fee as above.
"""

# ---------------------------------------------------------------------------------------------------------------
# Targets, labels
# ---------------------------------------------------------------------------------------------------------------
FILES = {  # key: (file name, kind, language, source)
    "h334z01": ("h334z01_emergency_bureau_hazchem_risk_warning_platform.pdf", "pdf", "zh", Z01),
    "h334z02": ("h334z02_stainless_pipe_welding_line_control_retrofit.docx", "docx", "zh", Z02),
    "h334z03": ("h334z03_convenience_chain_store_operations_saas.txt", "txt", "zh", Z03),
    "h334z04": ("h334z04_medical_insurance_fund_supervision_om_service.txt", "txt", "zh", Z04),
    "h334z05": ("h334z05_dried_tofu_factory_wms_supplier_template.md", "md", "zh", Z05),
    "h334e01": ("h334e01_porcelain_studio_sculpting_licences_fi_vendor.pdf", "pdf", "en", E01),
    "h334e02": ("h334e02_gondola_ticketing_saas_order_form_is_vendor.md", "md", "en", E02),
    "h334e03": ("h334e03_lychee_orchard_sensors_buyer_paper_si_integrator.docx", "docx", "en", E03),
    "h334e04": ("h334e04_necktie_maker_managed_sdwan_lu_provider.md", "md", "en", E04),
    "h334e05": ("h334e05_property_platform_title_check_api_fi_vendor.txt", "txt", "en", E05),
}

# TCO inputs for goods_or_licence contracts (policy §4): fee base = itemised hardware/licence subtotal; annual
# post-warranty fee as stated (None = not stated / uncapped → not computable); warranty in months from acceptance.
TCO = {
    "h334z01": dict(value=3160000, base=2428800, fee=194304, warranty=36),
    "h334z02": dict(value=1670000, base=1281000, fee=398000, warranty=18),
    "h334z05": dict(value=560000, base=286000, fee=None, warranty=6),
    "h334e01": dict(value=918000, base=723000, fee=79530, warranty=24),
    "h334e03": dict(value=1080000, base=895400, fee=62678, warranty=36),
}
FORUM_OUTSIDE_MAINLAND = {"h334e01", "h334e02"}  # Helsinki arbitration; Reykjavík court


def label(key, category, kind, rules, value, **t):
    name, _, lang, _ = FILES[key]
    goods = kind == "goods_or_licence"
    terms = {
        "availability_pct": t.get("availability_pct"),
        "p1_response_hours": t.get("p1_response_hours"),
        "sla_remedy": t.get("sla_remedy", True),
        "ip_owner": t.get("ip_owner", "buyer"),
        "data_security_clause": t.get("data_security_clause", True),
        "buyer_owns_data": t.get("buyer_owns_data", True),
        "confidentiality": t.get("confidentiality", True),
        "ld_rate_per_day_pct": t.get("ld_rate_per_day_pct"),
        "liability_cap_pct": t.get("liability_cap_pct"),
        "prepayment_pct": t.get("prepayment_pct"),
        "acceptance_clause": t.get("acceptance_clause", True),
        "final_payment_on_acceptance": t.get("final_payment_on_acceptance", True if goods else None),
        "warranty_months": t.get("warranty_months"),
        "post_warranty_fee_pct": t.get("post_warranty_fee_pct"),
        "auto_renewal_price_increase": t.get("auto_renewal_price_increase", False),
        "termination_for_breach": t.get("termination_for_breach", True),
        "subcontract_without_consent": t.get("subcontract_without_consent", False),
        "governing_law": t.get("governing_law", "PRC"),
        "contract_kind": kind,
    }
    extra = {"sla_clause": t.get("sla_clause", True), "ld_stated": t.get("ld_stated", True)}
    if goods:
        extra["post_warranty_fee_capped"] = t.get("post_warranty_fee_capped", True)
    extra["acceptance_deemed_on_delivery"] = t.get("acceptance_deemed_on_delivery", False)
    extra["contract_value"] = value
    return {"file": name, "language": lang, "category": category, "expected_terms": terms,
            "expected_extra": extra, "expected_rules": sorted("CR-" + r for r in rules)}


LABELS = {
    "h334z01": label("h334z01", "software", "goods_or_licence", [], 3160000,
                     availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=0.08, prepayment_pct=25,
                     warranty_months=36, post_warranty_fee_pct=8),
    "h334z02": label("h334z02", "hardware", "goods_or_licence",
                     ["POST-WARRANTY-FEE", "SUBCONTRACT", "TCO-SERVICE-SHARE"], 1670000,
                     p1_response_hours=0.5, ld_rate_per_day_pct=0.1, prepayment_pct=20, warranty_months=18,
                     post_warranty_fee_pct=398000 / 1281000 * 100, subcontract_without_consent=True),
    "h334z03": label("h334z03", "cloud", "service", ["AUTO-RENEWAL", "SLA-AVAILABILITY"], 1464000,
                     availability_pct=99.5, p1_response_hours=0.25, ld_rate_per_day_pct=0.08, liability_cap_pct=150,
                     auto_renewal_price_increase=True),
    "h334z04": label("h334z04", "services", "service", ["DATA-SECURITY", "LD-LOW"], 762000,
                     p1_response_hours=0.25, data_security_clause=False, ld_rate_per_day_pct=0.02),
    "h334z05": label("h334z05", "software", "goods_or_licence",
                     ["ACCEPTANCE", "DATA-OWNERSHIP", "IP-OWNERSHIP", "LD-LOW", "LIABILITY-CAP", "POST-WARRANTY-FEE",
                      "PREPAYMENT", "SLA-NO-REMEDY", "SLA-RESPONSE", "SUBCONTRACT", "WARRANTY"], 560000,
                     p1_response_hours=8, sla_remedy=False, ip_owner="supplier", buyer_owns_data=False,
                     ld_rate_per_day_pct=0.02, liability_cap_pct=56000 / 560000 * 100, prepayment_pct=55,
                     acceptance_clause=False, final_payment_on_acceptance=False, warranty_months=6,
                     post_warranty_fee_pct=None, subcontract_without_consent=True, governing_law=None,
                     post_warranty_fee_capped=False, acceptance_deemed_on_delivery=True),
    "h334e01": label("h334e01", "software", "goods_or_licence", ["GOVERNING-LAW"], 918000,
                     p1_response_hours=1, ld_rate_per_day_pct=0.08, liability_cap_pct=150, prepayment_pct=20,
                     warranty_months=24, post_warranty_fee_pct=11, governing_law="Finland"),
    "h334e02": label("h334e02", "cloud", "service", ["CONFIDENTIALITY", "GOVERNING-LAW", "PREPAYMENT"], 408000,
                     availability_pct=99.95, p1_response_hours=0.5, confidentiality=False,
                     ld_rate_per_day_pct=300 / 408000 * 100, liability_cap_pct=150,
                     prepayment_pct=240000 / 408000 * 100, governing_law="Iceland"),
    "h334e03": label("h334e03", "hardware", "goods_or_licence", [], 1080000,
                     p1_response_hours=1, ld_rate_per_day_pct=0.1, liability_cap_pct=200, prepayment_pct=10,
                     warranty_months=36, post_warranty_fee_pct=7),
    "h334e04": label("h334e04", "services", "service", ["LIABILITY-CAP", "TERMINATION"], 1946800,
                     availability_pct=99.95, p1_response_hours=0.25, ld_rate_per_day_pct=1200 / 1946800 * 100,
                     liability_cap_pct=260000 / 1946800 * 100, termination_for_breach=False),
    "h334e05": label("h334e05", "cloud", "service", ["LD-MISSING", "SLA-MISSING", "SLA-RESPONSE"], 490000,
                     sla_remedy=False, ld_rate_per_day_pct=None, liability_cap_pct=150, sla_clause=False,
                     ld_stated=False),
}

SEVERITY = {"SLA-MISSING": "high", "SLA-AVAILABILITY": "medium", "SLA-RESPONSE": "medium",
            "SLA-NO-REMEDY": "medium", "IP-OWNERSHIP": "high", "DATA-SECURITY": "high",
            "DATA-OWNERSHIP": "medium", "CONFIDENTIALITY": "medium", "LD-MISSING": "high", "LD-LOW": "medium",
            "LIABILITY-CAP": "medium", "PREPAYMENT": "medium", "ACCEPTANCE": "high", "WARRANTY": "medium",
            "POST-WARRANTY-FEE": "high", "AUTO-RENEWAL": "medium", "TERMINATION": "medium",
            "SUBCONTRACT": "medium", "GOVERNING-LAW": "low", "TCO-SERVICE-SHARE": "medium"}
SEVERITY = {"CR-" + k: v for k, v in SEVERITY.items()}


def tco_share(key):
    p = TCO.get(key)
    if not p or p["fee"] is None:
        return None
    years_after = max(0.0, 5 - p["warranty"] / 12)
    fees = years_after * p["fee"]
    return fees / (p["value"] + fees) * 100


def derive_rules(key, lab):
    """My reading of policy.md §3 applied to the labels (not the project's code)."""
    t, x = lab["expected_terms"], lab["expected_extra"]
    goods = t["contract_kind"] == "goods_or_licence"
    r = []
    if not x["sla_clause"]:
        r.append("SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.append("SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.append("SLA-RESPONSE")
    if x["sla_clause"] and not t["sla_remedy"]:
        r.append("SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.append("IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.append("DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.append("DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.append("CONFIDENTIALITY")
    if not x["ld_stated"]:
        r.append("LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.append("LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.append("LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.append("PREPAYMENT")
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.append("ACCEPTANCE")
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.append("WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > 15):
            r.append("POST-WARRANTY-FEE")
        share = tco_share(key)
        if share is not None and share > 40:
            r.append("TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.append("AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.append("TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.append("SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or key in FORUM_OUTSIDE_MAINLAND:
        r.append("GOVERNING-LAW")
    return sorted("CR-" + x for x in r)


def risk(rules):
    sev = {SEVERITY[r] for r in rules}
    return "high" if "high" in sev else "medium" if "medium" in sev else "low"


# ---------------------------------------------------------------------------------------------------------------
# Threshold figures: regexes, self-test, scan
# ---------------------------------------------------------------------------------------------------------------
PCT = r"\s*(?:%|％|per\s*cent|percent)"
ZD = "一二三四五六七八九十百千〇零两"
THRESHOLDS = {
    "availability 99.9": [r"(?<![\d.])99\.90*(?![\d])", r"九十九点九(?![一二三四五六七八九])"],
    "P1 response 4 hours": [r"(?<![\d.])4\s*(?:个)?\s*(?:小时|hours?\b|hrs?\b|h\b)", rf"(?<![{ZD}])四\s*(?:个)?\s*小时",
                            r"(?<![-\w])four\s*(?:\(4\)\s*)?(?:hours?|hrs?)\b", r"(?<![\d.])240\s*(?:分钟|minutes?\b|mins?\b)",
                            r"二百四十分钟"],
    "delay damages 0.05 %/day": [r"(?<![\d.])0\.050*(?![\d])", r"万分之五(?![十])", r"千分之零点五", r"0\.5\s*‰"],
    "liability cap 100 %": [r"(?<![\d.])100(?:\.0+)?" + PCT, r"百分之百", r"百分之一百(?![零一二三四五六七八九十])",
                            r"(?<![-\w])one\s*hundred\s*(?:\(100\)\s*)?(?:per\s*cent|percent)"],
    "prepayment 30 %": [r"(?<![\d.])30(?:\.0+)?" + PCT, r"百分之三十(?![一二三四五六七八九点])", r"三成",
                        r"(?<![-\w])thirty\s*(?:\(30\)\s*)?(?:per\s*cent|percent)"],
    "warranty 12 months": [r"(?<![\d.])12\s*(?:个月|months?\b)", rf"(?<![{ZD}])十二\s*个月", r"(?<![十])一年",
                           r"(?<![\d.])1\s*(?:年|years?\b)", r"(?<![-\w])twelve\s*(?:\(12\)\s*)?months?\b",
                           r"(?<![-\w])one[\s-]*(?:\(1\)\s*)?years?\b", r"\ba\s+year\b"],
    "post-warranty fee 15 %": [r"(?<![\d.])15(?:\.0+)?" + PCT, r"百分之十五(?![点])",
                               r"(?<![-\w])fifteen\s*(?:\(15\)\s*)?(?:per\s*cent|percent)"],
    "TCO service share 40 %": [r"(?<![\d.])40(?:\.0+)?" + PCT, r"百分之四十(?![一二三四五六七八九点])", r"四成",
                               r"(?<![-\w])forty\s*(?:\(40\)\s*)?(?:per\s*cent|percent)"],
    "5 years / 60 months": [r"(?<![\d.])5\s*(?:个)?\s*(?:年|years?\b)", rf"(?<![{ZD}])五\s*(?:个)?\s*年",
                            r"(?<![-\w])five\s*(?:\(5\)\s*)?years?\b", r"(?<![\d.])60\s*(?:个月|months?\b)",
                            rf"(?<![{ZD}])六十\s*个月", r"(?<![-\w])sixty\s*(?:\(60\)\s*)?months?\b"],
}
COMPILED = {k: [re.compile(p, re.I) for p in v] for k, v in THRESHOLDS.items()}
MUST_HIT = ["99.9%", "99.90%", "4小时", "4 小时", "四小时", "四个小时", "4 hours", "four hours", "four (4) hours",
            "240 minutes", "240分钟", "0.05%", "0.05 %", "万分之五", "100%", "100 %", "百分之百", "one hundred percent",
            "30%", "30 per cent", "百分之三十", "三成", "thirty percent", "12个月", "十二个月", "12 months",
            "twelve (12) months", "one year", "一年", "1年", "15%", "百分之十五", "fifteen per cent", "40%", "百分之四十",
            "四成", "forty per cent", "5年", "五年", "five years", "60个月", "六十个月", "60 months", "sixty months"]
MUST_NOT_HIT = ["24小时", "二十四小时", "24 hours", "twenty-four hours", "99.95%", "99.99%", "115%", "0.15%", "140%",
                "四十二个月", "二十四个月", "twenty-five years", "thirty-one years", "2025年", "2026年12月31日", "30日", "30 days", "三十日", "15 days", "十五日",
                "150%", "1.5倍", "0.5%", "14 hours", "412 months", "二十五年", "五个工作日", "15个工作日",
                "first two years", "60 days", "60日", "万分之八", "40 million polygons", "0.06 per ticket"]


def hits(text):
    found = []
    for name, pats in COMPILED.items():
        for p in pats:
            for m in p.finditer(text):
                found.append((name, m.group(0), text[max(0, m.start() - 15):m.end() + 15]))
    return found


def self_test():
    for s in MUST_HIT:
        assert hits(s), "regex misses %r" % s
    for s in MUST_NOT_HIT:
        assert not hits(s), "regex wrongly hits %r: %r" % (s, hits(s))


def scan(text, lang):
    variants = [text, re.sub(r"\s+", " ", text)]
    if lang == "zh":
        variants.append(re.sub(r"\s+", "", text))
    out = []
    for v in variants:
        out.extend(hits(v))
    return out


# ---------------------------------------------------------------------------------------------------------------
# Read back
# ---------------------------------------------------------------------------------------------------------------
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        for table in doc.tables:
            for row in table.rows:
                parts.append(" | ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def near(a, b):
    return a is not None and abs(a - b) < 1e-9


SUMS = {  # key: (parts of the price, stated total, payments or None)
    "h334z01": ([1280000, 842800, 306000, 516000, 183200, 32000], 3160000, [790000, 1580000, 790000]),
    "h334z02": ([3 * 186000, 14 * 23500, 2 * 97000, 4 * 18500, 126000, 218000, 147000, 24000], 1670000,
                [334000, 751500, 584500]),
    "h334z03": ([3 * 120 * 3600, 168000], 1464000, None),
    "h334z04": ([486000, 96000, 138000, 42000], 762000, [4 * 190500]),
    "h334z05": ([286000, 214000, 48000, 12000], 560000, [308000, 252000]),
    "h334e01": ([14 * 38500, 4 * 46000, 58000, 96000, 41000], 918000, [183600, 504900, 229500]),
    "h334e02": ([72000, 168000, 168000], 408000, None),
    "h334e03": ([240 * 1150, 36 * 5800, 6 * 21500, 8 * 14200, 168000, 94600, 72000, 18000], 1080000,
                [108000, 702000, 270000]),
    "h334e04": ([36 * (14600 + 7400 + 5200 + 7900 + 6800 + 5300 + 5600), 46000], 1946800, None),
    "h334e05": ([38000, 226000, 226000], 490000, None),
}
SUBTOTALS = {"h334z01": ([1280000, 842800, 306000], 2428800), "h334z02": ([558000, 329000, 194000, 74000, 126000], 1281000),
             "h334e01": ([539000, 184000], 723000), "h334e03": ([276000, 208800, 129000, 113600, 168000], 895400)}


def check_sums():
    for key, (parts, total, pays) in SUMS.items():
        assert sum(parts) == total == LABELS[key]["expected_extra"]["contract_value"], key
        if pays:
            assert sum(pays) == total, key
    for key, (parts, sub) in SUBTOTALS.items():
        assert sum(parts) == sub == TCO[key]["base"], key
    assert round(TCO["h334z01"]["base"] * 0.08) == TCO["h334z01"]["fee"]
    assert round(TCO["h334e01"]["base"] * 0.11) == TCO["h334e01"]["fee"]
    assert round(TCO["h334e03"]["base"] * 0.07) == TCO["h334e03"]["fee"]


def main():
    self_test()
    check_sums()
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    sources, targets = {}, {}
    for key, (name, kind, lang, src) in FILES.items():
        if kind in ("docx", "pdf"):
            sources[key], targets[key] = src, (name, kind)
        else:
            (OUT / name).write_text(src.lstrip("\n"), encoding="utf-8")
            print("wrote", name)
    write(sources, targets, OUT, wrap_words=True)

    problems = []
    fired = set()
    print()
    print("%-9s %-4s %6s  %-6s  %s" % ("file", "lang", "length", "risk", "expected rules"))
    for key, (name, kind, lang, src) in FILES.items():
        text = read_back(OUT / name)
        n = len(text) if lang == "zh" else len(text.split())
        lo, hi = (2800, 3300) if lang == "zh" else (1500, 1700)
        if not lo <= n <= hi:
            problems.append("%s: length %d outside %d-%d" % (name, n, lo, hi))
        for h in scan(text, lang) + scan(src, lang):
            problems.append("%s: threshold figure %s: %r in %r" % (name, h[0], h[1], h[2]))
        lab = LABELS[key]
        derived = derive_rules(key, lab)
        if derived != lab["expected_rules"]:
            problems.append("%s: derived rules %s != labelled %s" % (name, derived, lab["expected_rules"]))
        t = lab["expected_terms"]
        for field, thr in (("availability_pct", 99.9), ("p1_response_hours", 4), ("ld_rate_per_day_pct", 0.05),
                           ("liability_cap_pct", 100), ("prepayment_pct", 30), ("warranty_months", 12),
                           ("post_warranty_fee_pct", 15)):
            if near(t[field], thr):
                problems.append("%s: %s sits on the threshold %s" % (name, field, thr))
        share = tco_share(key)
        if share is not None and near(share, 40):
            problems.append("%s: TCO share sits on 40" % name)
        if t["contract_kind"] == "goods_or_licence" and key in TCO:
            assert TCO[key]["value"] == lab["expected_extra"]["contract_value"]
        fired.update(lab["expected_rules"])
        print("%-9s %-4s %6d  %-6s  %s   [TCO share: %s]" % (
            key, lang, n, risk(lab["expected_rules"]), ", ".join(lab["expected_rules"]) or "(none)",
            "n/a" if share is None else "%.2f %%" % share))
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1),
                                                        encoding="utf-8")
    missing = sorted(set(SEVERITY) - fired)
    if missing:
        problems.append("rules that never fire: %s" % missing)
    counts = sorted(len(l["expected_rules"]) for l in LABELS.values())
    print("findings per contract:", counts)
    if problems:
        print("\nPROBLEMS:")
        for p in problems:
            print(" -", p)
        raise SystemExit(1)
    # the mix of the brief
    assert counts.count(0) == 2 and sum(1 for c in counts if 2 <= c <= 3) == 6 and max(counts) >= 8
    singles = [k for k, l in LABELS.items() if len(l["expected_rules"]) == 1]
    assert len(singles) == 1 and risk(LABELS[singles[0]]["expected_rules"]) == "low"
    assert len(LABELS["h334z05"]["expected_rules"]) >= 8
    print("all 20 CR rules fire at least once; all checks passed")


if __name__ == "__main__":
    main()
