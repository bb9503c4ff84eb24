"""holdout649: builds the ten blind held-out drafts from the sources below, writes their .json labels and asserts
the brief's checks (lengths, no threshold value or figure, rules derived from the labels = design list, coverage).
Run: /work/main/.venv/bin/python -B make_files.py (in this folder)."""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:眼镜产业质量检测公共服务平台建设项目合同
P:合同编号：HCYJ-ZFCG-2027-018
P:甲方（采购人）：鹤川市眼镜产业服务中心
P:乙方（供应商）：苏州明视检测科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目公开招标文件、乙方投标文件和中标通知书，甲乙双方就眼镜产业质量检测公共服务平台的软件许可及定制开发事宜，经协商一致，订立本合同。本合同采用甲方合同文本。
H:第一条 项目内容
P:1.1 乙方向甲方提供检测数据管理平台软件的永久使用许可，并按甲方需求完成定制开发，建成面向本市眼镜生产企业的质量检测公共服务平台，覆盖镜片、镜架、太阳镜三类产品的检测委托、样品流转、仪器数据采集、报告生成与质量追溯。
P:1.2 定制开发内容包括：企业在线委托与缴费模块；焦度计、透射比测量仪、镜架耐疲劳试验机等二十六台检测仪器的数据采集接口；检测报告自动生成与电子签章；产品追溯码查询；与市场监管部门抽检系统的数据交换接口。
P:1.3 平台部署在甲方政务云资源上，乙方负责安装部署、历史检测数据迁移及培训。
P:1.4 平台建成后由甲方运营，向本市眼镜生产企业提供检测委托和质量追溯公共服务，乙方应配合甲方制定平台运营管理制度和收费公示材料。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰玖拾陆万捌仟元整（¥1,968,000），为固定总价，含税费及乙方完成本合同所需的全部费用。
P:2.3 合同履行期间，甲方不因原材料、人工等价格变化调整合同价款。
P:2.2 分项价格：检测数据管理平台软件许可费¥1,160,000；定制开发费¥684,000；实施部署及数据迁移费¥98,000；培训费¥26,000。
H:第三条 付款方式
P:3.1 合同签订后十五个工作日内，甲方凭乙方开具的发票支付合同总价的20%作为预付款。
P:3.2 平台完成部署、数据迁移并通过初步验收后，甲方支付合同总价的45%。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%。
P:3.4 甲方付款前，乙方应开具等额合法发票。甲方因财政资金审批原因延迟付款的，不视为违约。
H:第四条 交付与进度
P:4.1 乙方应于合同签订后九十日内完成定制开发与部署并提交初步验收申请，于初步验收后六十日内完成试运行。
P:4.2 乙方应在开发过程中每两周向甲方提交进度报告，并参加甲方组织的需求确认会议。
P:4.3 乙方应组建不少于八人的项目团队，项目经理须具有同类平台建设经验，未经甲方同意不得更换。项目经理在部署和试运行期间应驻场工作。
P:4.4 乙方应为甲方及入驻企业的检测人员提供不少于三期的现场培训，内容包括委托受理、仪器接口维护、报告审核签发和系统管理，并提供培训教材和操作视频。
P:4.5 因甲方未及时提供需求确认、政务云资源或仪器配合条件造成延误的，交付期限相应顺延，乙方应及时书面说明。
H:第五条 验收
P:5.1 初步验收标准：合同及需求规格说明书所列功能全部实现；二十六台仪器的数据采集接口连续十个工作日采集无差错；历史检测数据迁移后经逐条核对一致；在二百个并发用户条件下，页面平均响应时间不超过2秒，报告生成不超过5秒。
P:5.2 最终验收标准：平台连续试运行六十日，未发生一级故障；通过第三方机构的网络安全等级保护测评及软件安全测试；与市场监管部门的数据交换接口经对方确认；乙方提交全部源代码、设计文档及运维手册。
P:5.3 验收由甲方组织，可邀请专家参加，验收结论以书面形式作出。平台上线运行、甲方使用或支付款项，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新申请验收。
H:第六条 质量保证及维护
P:6.1 免费质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供软件缺陷修复、版本升级和技术支持。
P:6.2 质保期内乙方每季度对平台进行一次巡检，提交巡检报告，内容包括运行状况、安全漏洞扫描结果和容量建议。
P:6.3 质保期满后，如甲方需要，乙方应继续提供维护服务，年度维护费不超过软件许可费的9%，即每年不超过¥104,400，该价格在质保期满后三年内不得上调。维护合同另行签订，不自动续期。
H:第七条 服务水平
P:7.1 质保期内平台月度可用率不低于99.95%，计划内维护应提前三个工作日通知甲方并安排在非工作时间。
P:7.2 一级故障（平台无法访问或检测报告无法生成）乙方应在30分钟内响应，2小时内到达现场，6小时内恢复；二级故障2小时内响应，次工作日内解决。
P:7.3 响应或恢复每超时1小时，扣减¥1,000；月度可用率每低于承诺值0.01个百分点，扣减¥1,500。扣减款项从应付款或维护费中抵扣。
H:第八条 知识产权
P:8.1 为本项目定制开发的程序、接口、报表模板及其源代码和文档的知识产权归甲方所有，甲方可自行修改、使用或许可第三方使用。
P:8.2 平台软件原有产品的知识产权仍归乙方，乙方授予甲方永久、不可撤销的使用许可。
H:第九条 数据安全
P:9.1 平台中的检测数据、企业信息及用户信息属于甲方所有，乙方不得用于本合同以外的任何目的，不得留存或向第三方提供。
P:9.2 乙方应遵守《数据安全法》《个人信息保护法》，运维访问须经甲方审批并通过堡垒机进行，不得将数据复制出政务云。
P:9.3 发生数据泄露、篡改或丢失的，乙方应在2小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任及相应的法律责任。
P:9.4 合同终止或维护服务结束时，乙方应向甲方移交全部数据及访问账号，并删除其持有的任何数据副本，出具书面删除说明。
H:第十条 保密
P:10.1 乙方对履行本合同中知悉的甲方工作秘密、企业商业信息及平台安全配置负有保密义务，未经甲方书面同意不得向任何第三方披露。本条义务在合同终止后继续有效。
H:第十一条 违约责任
P:11.1 乙方未按第四条约定期限提交验收申请的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:11.2 乙方交付成果不符合约定且经整改仍不合格的，甲方有权拒绝验收并要求乙方退还已付款项。
P:11.3 乙方应在合同签订前向甲方提交合同总价5%的履约保证金，最终验收合格后无息退还。乙方违约给甲方造成损失的，甲方可从履约保证金中扣除。
H:第十二条 分包与转包
P:12.1 乙方不得将本项目转包或分包给任何第三方。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权解除合同，并要求乙方支付违约金、赔偿损失。
P:13.2 合同解除的，乙方应在十日内移交已完成的开发成果、源代码及文档，甲方按已验收部分据实结算。
H:第十四条 法律适用及争议解决
P:14.1 本合同适用中华人民共和国法律。争议由双方协商解决；协商不成的，向甲方所在地人民法院起诉。
H:第十五条 不可抗力
P:15.1 因地震、洪水、疫情等不可抗力不能履行合同的，受影响一方应及时通知对方，并在十日内提供证明，履行期限相应顺延；不可抗力持续超过六十日的，双方可协商解除合同。
H:第十六条 其他
P:16.1 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
P:16.2 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。招标文件、投标文件及中标通知书为本合同组成部分。
P:甲方（盖章）：            乙方（盖章）：
P:代表人：                  代表人：
"""

Z02 = """T:机芯装配线控制系统改造及维保合同
P:合同编号：LNHB-SB-2027-031
P:甲方：岭南华表钟表制造有限公司
P:乙方：东莞精控自动化有限公司
P:甲方拟对其二号厂房两条机芯装配线的控制系统进行改造，乙方按本合同提供控制设备、线控软件及相关服务。双方经友好协商，订立本合同。
H:第一条 改造范围
P:1.1 乙方负责拆除两条装配线原有的继电器控制柜，更换为PLC控制柜，加装伺服驱动及视觉定位模块，在二十四个工位设置数据终端，部署线控软件，实现擒纵机构、摆轮游丝和自动上链装置装配工序的节拍控制、防错与质量数据采集。
P:1.2 乙方负责线控软件与甲方现有MES系统及仓储系统的接口开发，负责安装、调试、试生产保障和操作人员培训。
P:1.4 培训内容包括设备操作、日常点检、故障判断、程序备份与恢复。乙方应为甲方培训操作人员不少于四十人、维护人员不少于六人，并提供中文培训教材和操作视频。
P:1.3 改造须在甲方安排的停线窗口内分线实施，每条线停线时间不超过十个自然日。
H:第二条 合同价格
P:2.1 合同总价为人民币壹佰捌拾柒万元整（¥1,870,000），含设备、软件、运输、保险、安装调试、培训及税费。分项价格见下表：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|PLC控制柜（含人机界面）|6套|68,000|408,000
TB:2|伺服驱动及视觉定位模块|12套|31,500|378,000
TB:3|工位数据终端|24台|6,250|150,000
TB:4|工业交换机及边缘网关|1批|96,000|96,000
TB:5|线控软件许可（两条线，永久）|1套|454,000|454,000
TB:软硬件小计||||1,486,000
TB:6|MES及仓储系统接口开发|1项|216,000|216,000
TB:7|安装调试及试生产保障|1项|148,000|148,000
TB:8|操作及维护培训|1项|20,000|20,000
TB:合计||||1,870,000
P:2.2 合同价格为固定价格，履行期间不因汇率、原材料或人工价格变化而调整。
H:第三条 付款
P:3.1 合同生效后十个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 设备全部到货并经甲方签收后，甲方支付合同总价的35%。到货签收仅确认数量和外观，不代表质量验收。
P:3.3 两条装配线通过最终验收后，甲方支付合同总价的45%。
P:3.4 乙方每次请款时应提交增值税专用发票。甲方可从应付款中扣除乙方应支付的违约金、赔偿金及扣款。
H:第四条 交货及安装
P:4.1 乙方应于合同生效后四十五日内将设备运至甲方厂房，于到货后三十日内完成两条线的安装调试。
P:4.2 乙方施工须遵守甲方的厂区安全、防静电及洁净车间管理规定，动火、登高作业须事先办理审批。
P:4.3 乙方应在进场前提交施工方案和新旧系统切换方案，经甲方批准后实施；切换期间乙方应安排不少于四名工程师驻场，每日向甲方生产部报告进度和问题。
P:4.4 因甲方原因未能按时提供停线窗口或现场条件的，交货和安装期限相应顺延，乙方应及时书面提出。
H:第五条 验收
P:5.1 每条线安装调试完成后进入连续三十日的试生产。验收标准：装配节拍不低于每小时三百六十只机芯；视觉定位重复精度不超过0.02毫米；防错功能对设定的十二类错装、漏装逐项测试全部拦截；质量数据上传MES系统的完整率不低于99.8%；试生产期间未发生因控制系统导致的停线。
P:5.2 两条线均达到上述标准后，由甲方组织最终验收并签署验收报告。设备到货、安装完成或投入试生产均不视为验收合格。
P:5.3 验收不合格的，乙方应在十日内整改并重新验收，由此产生的费用由乙方承担。
P:5.4 验收报告应载明两条线的实测节拍、定位精度和防错测试记录，并由双方代表签字。
H:第六条 质保
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内设备故障、软件缺陷由乙方免费维修、更换或修复。
P:6.2 乙方应在甲方厂区存放常用备件，包括PLC模块、伺服驱动器和工业相机各不少于两件。
P:6.3 质保期内乙方每季度进行一次预防性维护，检查控制柜、伺服系统和视觉模块的运行状态，备份程序和参数，并提交维护报告。
H:第七条 服务水平
P:7.1 质保期内线控系统月度可用率不低于99.5%。
P:7.2 一级故障（任一装配线因控制系统停线）乙方应在1小时内响应，6小时内派工程师到场处理；二级故障（单个工位功能异常）应在2小时内响应，次日内修复。
P:7.3 月度可用率每低于承诺值0.1个百分点，乙方向甲方支付¥2,000；一级故障到场每超时1小时，乙方支付¥800。上述款项可从应付款中直接扣除。
H:第八条 维保服务
P:8.1 质保期满后，甲方可委托乙方继续提供维保服务，年度维保费不超过软硬件小计的8%，即每年不超过¥118,880，质保期满后三年内不得上调。
P:8.2 维保服务内容包括每季度一次预防性维护、软件补丁更新、备件供应和第七条所列服务水平。维保合同按年签订，不自动续期。
P:8.3 质保期满后甲方不委托乙方维保的，乙方仍应按成本价向甲方供应备件，供应期不少于八年。
H:第九条 知识产权
P:9.1 乙方为本项目编写的PLC程序、接口程序、工艺参数配置及其源代码和文档归甲方所有，甲方可自行修改和使用，也可交由第三方维护。
P:9.2 线控软件产品本身的知识产权归乙方，甲方获得永久使用许可，可在本厂范围内复制备份。
H:第十条 数据安全与保密
P:10.1 装配线采集的生产数据、工艺参数和质量记录属于甲方，乙方不得用于本合同以外的目的，不得带离甲方厂区。
P:10.2 乙方远程维护须经甲方书面批准，通过甲方提供的专用通道进行并全程留存日志；乙方应对其人员和设备采取病毒防护措施，发现数据泄露或被篡改应在2小时内通知甲方。因乙方原因造成数据泄露或损失的，乙方承担赔偿责任。
P:10.3 乙方对知悉的甲方机芯设计、工艺及经营信息负有保密义务，该义务在合同终止后三年内有效。
H:第十一条 违约责任
P:11.1 乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的万分之八支付违约金，但违约金总额不超过合同总价的10%。
P:11.2 设备或软件经两次整改仍不能通过验收的，甲方有权退货，乙方退还已付款项并赔偿停线损失。
P:11.3 乙方提供的设备存在质量问题导致甲方停线的，除承担维修责任外，还应赔偿甲方由此产生的直接损失。
H:第十二条 分包
P:12.1 乙方可将电缆敷设、控制柜就位等辅助安装工作分包给具备相应资质的单位，但应在进场前五个工作日书面通知甲方。乙方对分包单位的工作质量和安全承担全部责任。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后十日内仍未纠正的，甲方有权解除本合同，并要求乙方退还已付款项、赔偿损失。
H:第十四条 适用法律与争议
P:14.1 本合同适用中华人民共和国法律。因本合同引起的争议，提交东莞仲裁委员会仲裁。
H:第十五条 不可抗力
P:15.1 因不可抗力不能履行合同的，受影响一方应及时通知对方并在十日内提供证明，履行期限相应顺延。不可抗力持续超过六十日的，双方可协商解除合同。
H:第十六条 其他
P:16.1 本合同未尽事宜，双方可另行签订补充协议，补充协议与本合同具有同等效力。
P:16.2 本合同一式四份，双方各执两份，自双方盖章之日起生效。技术规格书和施工方案为本合同附件。
P:甲方（盖章）：          乙方（盖章）：
"""

Z03 = """陶艺门店课程预约SaaS服务及实施合同

合同编号：NY-IT-2027-006
甲方：成都泥语陶艺文化发展有限公司
乙方：杭州约课云科技有限公司

甲方在全国经营四十家连锁陶艺门店，拟采用乙方的课程预约SaaS服务统一管理课程排期、会员预约、窑位安排和储值消费。双方经协商一致，订立本合同。

一、服务内容
（一）乙方向甲方四十家门店提供"约课云"课程预约SaaS服务，包括：
1. 课程与老师排期、拉坯机和手作台位管理；
2. 会员小程序在线预约、取消与候补；
3. 作品烧制进度与窑位安排，烧成后通知会员取件；
4. 会员储值卡、次卡和团体课结算，门店收银对账；
5. 总部经营报表，包括各门店上座率、课程收入和会员复购分析；
6. 课程评价与老师课时统计。
（二）乙方负责实施服务：四十家门店的账号、课程和台位配置，甲方现有会员系统约六万名会员及储值余额的迁移，甲方微信小程序与支付账户的对接，以及门店店长和前台人员培训。
（三）培训安排：乙方应分四个片区为各门店店长、前台和老师组织现场培训，每个片区不少于一天，并提供操作手册和视频课程；上线后首月乙方应安排专人在线值守，解答门店使用问题。
（四）服务期为两个服务年度，自上线验收合格之日起计算。

二、费用
（一）订阅服务费按门店计收，每家门店每个服务年度¥4,200，四十家门店每个服务年度合计¥168,000，两个服务年度合计¥336,000。
（二）实施费¥58,000，培训费¥9,000，均为一次性费用。
（三）本合同总价为¥403,000（含增值税）。合同期内甲方增开门店的，新增门店按同一单价按月折算计费；门店关闭的，自关闭次月起按月折算减少费用，乙方在下一期服务费中扣减。
（四）除本合同约定外，乙方不得以任何名义向甲方或其会员收取其他费用。

三、付款方式
（一）实施费和培训费在上线验收合格后十五个工作日内支付。
（二）每个服务年度的订阅服务费在该服务年度开始后十五个工作日内一次性支付，乙方应提前开具发票。
（三）甲方不支付任何预付款。
（四）乙方每季度向甲方提供服务费对账单，甲方在收到后十个工作日内核对确认。

四、实施与上线验收
（一）乙方应在合同签订后四十五日内完成全部门店配置、会员数据迁移和小程序对接，提交上线验收申请。
（二）上线验收标准：
1. 四十家门店的课程、老师、台位配置经各店长确认无误；
2. 迁移后的会员人数、储值余额、剩余课次与原系统逐户核对一致，差异为零；
3. 小程序预约、取消、候补、支付、退款五类流程各完成不少于五十笔测试交易，结果正确；
4. 在两千名会员同时预约的压力测试下，预约提交响应时间不超过2秒；
5. 门店收银日结数据与支付平台对账一致。
（三）甲方应在收到申请后十个工作日内组织验收并出具书面意见。系统上线试用或甲方人员使用系统不视为验收合格。
（四）验收通过后，双方签署上线验收报告，服务期自报告签署之日起算。
（五）乙方未能按期提交上线验收申请的，每逾期一日，向甲方支付违约金¥300。

五、服务水平
（一）SaaS服务月度可用率不低于99.95%，每周二凌晨一点至三点为例行维护窗口，不计入不可用时间。
（二）一级故障（全部门店无法预约或收银）乙方应在30分钟内响应，2小时内恢复；二级故障（部分门店或部分功能异常）应在2小时内响应，当日内解决。
（三）月度可用率每低于承诺值0.1个百分点，乙方减免当月订阅服务费的5%；一级故障恢复每超时1小时，减免¥500。减免金额在下一期服务费中抵扣。
（四）乙方为甲方配备专属客户成功经理，每月提交服务运行报告，内容包括可用率、故障处理记录和版本更新说明。系统重大版本更新应提前十日通知甲方，不得减少甲方已使用的功能。
（五）乙方应提供服务状态页面，一级故障发生后每小时通报处理进展，故障恢复后三个工作日内提交故障分析报告。

六、甲方义务
（一）甲方应指定项目负责人，协调各门店配合配置和培训，按时提供会员数据和小程序、支付账户的授权。
（二）甲方应妥善保管管理员账号，因甲方人员泄露账号造成的损失由甲方自行承担。
（三）甲方应在各门店配备满足使用要求的网络和收银设备。

七、数据
（一）甲方及其会员的数据，包括会员信息、预约记录、储值和消费记录，归甲方所有。
（二）甲方同意，乙方可对上述预约和消费数据进行去标识化处理后，用于编制陶艺及手作行业消费分析报告，以及改进乙方的产品和推荐算法，该权利在本合同终止后继续有效。
（三）乙方应将数据存储于中国境内，采取加密存储、访问控制和操作日志审计措施，符合等级保护第三级要求。发生数据泄露的，乙方应在24小时内通知甲方并采取补救措施；因乙方原因造成泄露或丢失的，乙方承担赔偿责任。
（四）合同终止后三十日内，乙方应按甲方要求以通用格式导出并移交全部数据，随后删除其系统中的甲方数据。
（五）乙方不得在小程序中向甲方会员推送第三方广告。

八、知识产权
（一）约课云平台的知识产权归乙方所有，甲方在服务期内享有使用权。
（二）乙方为甲方专门开发的小程序页面、会员数据迁移脚本和定制报表模板归甲方所有，甲方可自行修改或委托第三方使用。
（三）乙方在服务期内为甲方新增的定制功能，其知识产权归属按本条第（二）项执行。

九、保密
双方对在合作中知悉的对方经营信息、价格、会员资料和技术资料负有保密义务，未经对方书面同意不得向第三方披露，保密义务在合同终止后两年内有效。乙方应要求接触甲方资料的员工签署保密承诺。

十、责任限制
因乙方违约给甲方造成损失的，乙方的累计赔偿责任以甲方在索赔事件发生前六个月内已支付的订阅服务费为限，但因乙方故意或重大过失造成的损失除外。

十一、续期
服务期届满前六十日，任何一方未书面提出不续约的，本合同自动续期一个服务年度，可多次续期。续期时乙方可根据其产品价格调整订阅服务费，上调幅度不超过上一服务年度单价的10%，乙方应在续期前通知甲方新价格。

十二、分包
乙方不得将本合同项下服务转包；确需将部分实施工作分包的，须事先取得甲方书面同意。经同意分包的，乙方对分包方的工作承担全部责任。

十三、合同解除
（一）乙方严重违约，经甲方书面通知后十五日内未改正的，甲方有权解除本合同，乙方应退还未使用服务期对应的订阅服务费。
（二）甲方逾期付款超过六十日，经乙方催告后仍未支付的，乙方可暂停服务。
（三）合同终止或解除时，乙方应配合甲方完成数据迁移至新系统，过渡期内保持服务正常运行，过渡期不超过三十日。

十四、不可抗力
因自然灾害、电信运营商网络大面积中断等不可抗力导致服务中断的，受影响一方应及时通知对方并提供证明，相应期间的不可用时间经双方确认后可不计入可用率统计。

十五、法律适用与争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

十六、其他
本合同附件包括门店清单、功能清单和数据迁移方案，附件与本合同具有同等效力。本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：                乙方（盖章）：
日期：                        日期：
"""

Z04 = """渔船进出港报告管理系统运维服务合同

项目名称：渔港管理站渔船进出港报告管理系统年度运维服务
采购方式：竞争性磋商
项目编号：XSYG-CS-2026-114
甲方（采购人）：象山县石浦渔港管理站
乙方（成交供应商）：宁波海讯信息技术有限公司

根据《中华人民共和国政府采购法》《中华人民共和国民法典》，以及本项目竞争性磋商文件、乙方响应文件和成交通知书，双方就渔船进出港报告管理系统的年度运维服务订立本合同。

第一条 服务范围
（一）运维对象包括：渔船进出港报告管理系统（含渔船自主报告小程序、港口查验端、管理后台）；港区四处卡口的船名识别摄像机十六台；AIS岸基接收基站两套；港区电子显示屏六块；机房服务器、存储和网络设备。
（二）服务内容包括：系统日常监控与故障处理；数据库维护与备份；系统补丁和安全加固；前端设备的定期巡检、清洁、校准和维修；备品备件供应；休渔期开捕前的系统保障；台风期间的值守保障；用户咨询与培训。
（三）系统服务对象包括在册渔船约一千二百艘、港口查验人员和渔业执法人员，日均进出港报告约八百条。
（五）系统软件原开发商的技术支持由甲方另行协调，乙方负责对接并跟踪处理。
（四）服务期自2027年1月1日起至2027年12月31日止。

第二条 服务费用
（一）本合同总价为人民币贰拾玖万捌仟元整（¥298,000），包括：系统软件运维¥126,000；前端设备巡检维护¥92,000；备品备件包¥44,000；开捕及台风期保障¥36,000。
（二）合同总价包含乙方人员、交通、工具、备件、税费等全部费用。备品备件包内的备件由乙方按清单储备，服务期满未使用的备件移交甲方。
（三）服务期内甲方新增卡口或设备的，双方按磋商文件中的单价另行签订补充协议。

第三条 付款方式
（一）甲方不支付预付款。
（二）服务费按季度支付，每季度结束后十五个工作日内，甲方支付当季服务费¥74,500。
（三）乙方应在每次请款前开具合法发票。甲方可从应付款项中扣除乙方应付的违约金。
（四）甲方逾期付款的，乙方不得因此降低服务标准或中断服务。

第四条 系统接管
（一）乙方应于2027年1月1日前完成系统接管，包括：设备和软件清单逐项核对、账号与权限交接、系统健康检查、备份恢复演练。
（二）接管验收标准：清单所列设备在线率不低于98%；数据库全量备份及恢复演练成功一次；各类账号与权限清单经甲方确认；乙方提交接管报告和运维方案。甲方在收到报告后五个工作日内组织验收并出具书面意见。
（三）接管期间发现的原运维单位遗留问题，乙方应如实记录并报告甲方，协助甲方处理。

第五条 服务要求
（一）乙方应安排两名运维工程师常驻石浦渔港，工作时间为每日七时至十九时，其余时间电话值守。
（二）一级故障（进出港报告功能中断或全部卡口识别失效）乙方应在30分钟内响应，2小时内到达现场，6小时内恢复；二级故障（单个卡口、单套基站或部分功能异常）应在2小时内响应，次日内修复；三级问题应在三个工作日内处理。
（三）乙方每月对前端设备巡检一次，每季度对摄像机进行清洁和校准，每月进行一次数据库备份有效性检查。
（四）开捕前十五日，乙方应完成系统压力测试和全部设备检修；台风预警发布后，乙方应派员到港值守至预警解除。
（五）乙方应建立运维日志，记录每次故障的发生时间、响应时间、处理过程和结果。
（六）乙方每半年为甲方查验人员和渔船船东组织一次系统使用培训，并在开捕前组织一次小程序操作宣讲。
（七）乙方每月五日前向甲方提交上月运维报告，内容包括系统运行情况、故障统计、巡检记录、备件消耗和安全风险提示。
（八）系统需要小范围功能调整或配合上级部门数据对接的，乙方应予以配合，工作量在二十人日以内的不另行收费。
（九）乙方应保证备品备件为原厂或同等质量的合格产品，更换下的旧件交甲方处理。

第六条 服务考核
（一）甲方每季度对乙方服务进行考核，考核内容包括故障响应与恢复时限、巡检计划完成情况、运维日志和用户满意度。
（二）季度考核得分八十分以上为合格。考核不合格的，乙方应在十日内提交整改报告；考核结果记入供应商履约评价，作为甲方今后采购的参考，不影响当季服务费的支付。
（三）服务期满前，甲方组织年度服务验收，验收标准为四个季度考核均合格、运维资料完整移交。
（四）考核由甲方信息化负责人、港口查验组和渔业执法中队代表共同打分。

第七条 数据安全
（一）系统中的渔船、船员、进出港记录和视频数据属于甲方，乙方不得用于本合同以外的任何目的，不得复制、留存或向任何第三方提供。
（二）乙方应遵守《网络安全法》《数据安全法》和等级保护第三级的管理要求，远程运维须经甲方批准并通过堡垒机进行，操作全程审计。乙方人员不得使用个人设备接入系统。
（三）发现数据泄露、篡改、丢失或网络攻击的，乙方应在1小时内报告甲方并采取处置措施；因乙方原因造成数据安全事件的，乙方承担全部赔偿责任及相应法律责任。
（四）服务期满或合同解除后，乙方应删除其持有的甲方数据，并书面确认。

第八条 知识产权
运维期间乙方为甲方编写的脚本、报表、配置文件和运维文档归甲方所有，甲方可自行使用和修改，也可提供给后续运维单位使用。

第九条 双方权利义务
（一）甲方应为乙方驻场人员提供办公场所和必要的网络条件，协调港区各查验点配合巡检。
（二）乙方应遵守港区安全管理规定，登高、临水作业须采取防护措施。乙方人员的人身安全由乙方负责。
（三）乙方更换驻场工程师应提前十日告知甲方并经甲方同意。
（四）甲方应及时告知乙方系统使用方式和管理要求的变化。
（五）乙方应建立台风、停电和网络中断的应急预案，每半年演练一次，演练记录报甲方备案。

第十条 违约责任
（一）乙方未按第四条约定日期完成系统接管的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）乙方连续两个季度考核不合格的，甲方有权解除合同。
（三）乙方原因造成设备损坏的，乙方负责修复或赔偿。
（四）乙方驻场人员擅自离岗的，乙方应书面说明原因并限期整改。

第十一条 分包
乙方不得将本合同项下的服务转包或分包。

第十二条 合同解除
乙方严重违约，经甲方书面催告后十日内仍未改正的，甲方有权解除本合同，并要求乙方承担违约责任。合同解除的，甲方按实际服务期间结算服务费，并可另行委托第三方提供服务。

第十三条 合同期满
服务期满本合同终止，不自动续期。乙方应在期满前十五日将全部运维资料、账号和剩余备件移交甲方，并配合后续运维单位完成交接，移交时双方应签署交接清单。

第十四条 不可抗力
因台风、风暴潮等不可抗力造成设备损坏或服务中断的，乙方应尽快组织抢修，受影响期间不计入故障恢复时限，双方可协商调整相关服务安排。乙方应在不可抗力消除后及时恢复服务。

第十五条 法律适用与争议
本合同适用中华人民共和国法律。发生争议的，双方协商解决；协商不成的，向象山县人民法院提起诉讼。

第十六条 其他
本合同未尽事宜，按政府采购有关规定和磋商文件执行。本合同一式四份，甲方三份，乙方一份，自双方签字盖章之日起生效。磋商文件、响应文件和成交通知书为本合同的组成部分。

甲方（盖章）：                  乙方（盖章）：
"""

Z05 = """# 切优智能排版切割系统软件销售及开发合同

**（切优软件标准合同文本 V3.0）**

合同编号：QY-XS-2027-0415

甲方（买方）：南安市水头鑫磊石材有限公司

乙方（卖方）：厦门切优软件有限公司

甲方因大板切割生产需要，向乙方购买"切优智能排版切割系统"软件许可，并委托乙方进行定制开发。甲方已了解乙方软件的标准功能。双方依据《中华人民共和国民法典》，按乙方标准合同文本订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供切优智能排版切割系统的永久使用许可，包括大板智能排版套料模块、切割路径CAM模块、桥式切割机与数控水刀接口模块，授权甲方八台切割机台使用。

1.2 乙方按甲方提出的需求进行定制开发，包括：大板图像扫描与纹路识别、瑕疵区域标注、排版结果与甲方ERP系统的订单及库存对接、出材率统计报表。

1.3 乙方负责软件安装、机台联调及甲方操作人员培训。

1.4 软件运行环境：服务器一台及排版工作站四台由甲方自行采购，配置须满足乙方提供的配置要求；各切割机台的数控系统应具备网络通讯接口。

1.5 软件界面及文档为中文，支持毫米和英寸两种计量单位。乙方负责将甲方现有约三千条石材品种及大板规格数据导入系统。

## 第二条 合同价格

| 序号 | 项目 | 数量 | 金额（元） |
|---|---|---|---|
| 1 | 切优智能排版切割系统软件许可（八台机台，永久） | 1套 | 1,280,000 |
| 2 | 定制开发（扫描识别、瑕疵标注、ERP对接、出材率报表） | 1项 | 300,000 |
| 3 | 安装联调及培训 | 1项 | 80,000 |
| | 合计 | | 1,660,000 |

2.1 合同总价为人民币壹佰陆拾陆万元整（¥1,660,000），含增值税。

2.2 上述价格不含机台本身的改造费用和甲方现场网络建设费用。

2.3 合同价格在合同有效期内固定不变，乙方另行提供的服务按乙方报价收费。

## 第三条 付款方式

3.1 合同签订后五个工作日内，甲方支付合同总价的65%，即¥1,079,000。乙方收到该款项后开始安排开发和发货。

3.2 软件安装上线后五个工作日内，甲方支付合同总价的35%，即¥581,000。

3.3 甲方逾期付款的，每逾期一日按应付未付金额的千分之一支付违约金，乙方有权暂停服务直至付清。

3.4 乙方在收到每笔款项后开具增值税专用发票。

## 第四条 交付

4.1 乙方在收到首期款后六十日内完成定制开发，并到甲方现场安装软件、完成机台联调。

4.2 甲方应提前准备服务器、网络及机台接口条件，并安排专人配合。因甲方原因导致安装延误的，交付期限顺延。

4.3 乙方交付的内容包括软件安装介质、授权文件、用户手册和培训资料。

4.4 乙方安装完成后向甲方出具安装确认单，甲方应在当日签字确认。

## 第五条 软件授权

5.1 软件授权与甲方八台切割机台绑定。甲方更换机台或增加机台的，须由乙方重新授权，授权迁移每台次收取¥5,000，增加机台按乙方当时报价另行购买。

5.2 甲方不得将软件安装于授权范围以外的设备，不得出租、转让软件或授权文件。

## 第六条 培训

6.1 乙方在安装期间为甲方培训排版员、切割机操作员和系统管理员，培训时间不少于五天，每期人数不超过十人。

6.2 培训内容包括大板扫描、排版套料、切割程序下发、出材率报表查询和日常维护。培训后甲方人员应能独立完成日常排版操作。

6.3 甲方新入职人员的后续培训，可参加乙方在厦门定期举办的公开培训班，费用另计。

## 第七条 验收

7.1 软件安装完成并在切割机台开机运行，即视为甲方验收合格。

7.2 甲方对软件功能有异议的，应在安装后三日内书面提出，逾期未提出的视为无异议。

7.3 验收合格后，软件的使用和运行风险由甲方承担。

## 第八条 免费维护

8.1 软件免费维护期为六个月，自软件安装上线之日起计算。

8.2 免费维护期内，乙方通过电话和远程方式提供技术支持，必要时派员到现场。

8.3 免费维护期内的现场服务，乙方工程师的差旅费由甲方承担。

8.4 一级故障（全部机台无法排版或无法下发切割程序）乙方在接到通知后12小时内响应；其他故障在三个工作日内响应。

8.5 乙方将尽力排除故障，但对故障处理时间不作保证，不承担因故障产生的任何扣款、赔偿或违约金。

## 第九条 年度维护服务

9.1 免费维护期满后，甲方应与乙方签订年度维护服务合同，年度维护费为软件许可费的25%，即每年¥320,000。

9.2 年度维护服务包括软件缺陷修复、版本升级、远程技术支持和每年一次现场巡检。未签订年度维护合同的，乙方不再提供升级和技术支持。

9.3 年度维护合同每年签订一次。甲方中断维护后要求恢复的，应补交中断期间的维护费。

9.4 年度维护费在每个维护年度开始前一次性支付。

## 第十条 知识产权

10.1 切优智能排版切割系统软件及其文档的著作权归乙方所有。

10.2 乙方为甲方定制开发的扫描识别程序、瑕疵标注模型、ERP接口程序、报表及其源代码的知识产权归乙方所有，乙方授予甲方在本厂范围内非独占的使用权。甲方不得修改、反编译或向第三方提供上述软件。

## 第十一条 数据

11.1 甲方的订单、库存、大板图像和生产数据归甲方所有，乙方仅为实施和维护目的使用，不得向第三方提供。

11.2 乙方远程维护须经甲方同意，并采取账号隔离、传输加密等安全措施；因乙方原因造成甲方数据泄露或丢失的，乙方承担相应的赔偿责任，并应在发现后24小时内通知甲方。

11.3 为排查故障需要，乙方经甲方同意可调取相关生产数据，排查完成后即行删除。

## 第十二条 保密

双方对本合同内容及在履行中知悉的对方技术信息、经营信息负有保密义务，未经对方书面同意不得向第三方披露。保密义务在本合同终止后两年内继续有效。甲方不得将乙方软件、文档和报价提供给乙方的竞争对手。

## 第十三条 违约责任

13.1 乙方逾期交付的，每逾期一日，按合同总价的万分之二向甲方支付违约金。

13.2 任何一方违反本合同约定的，应承担相应的违约责任。

13.3 乙方不对甲方的间接损失、利润损失及石材损耗承担责任。

13.4 甲方违反软件授权约定的，应按软件许可费的两倍向乙方支付违约金。

## 第十四条 合同解除

14.1 一方严重违约，经守约方书面通知后三十日内仍未纠正的，守约方有权解除本合同。

14.2 因甲方原因解除合同的，已支付的款项不予退还。

14.3 合同解除后，甲方应停止使用乙方软件并删除全部安装副本，乙方收回授权文件。

14.4 合同解除前乙方已完成的定制开发工作，甲方应按已完成的工作量付费。

## 第十五条 不可抗力

因自然灾害、停电、政府行为等不可抗力导致不能履行合同的，受影响一方不承担责任，但应及时通知对方并在十五日内提供证明。

不可抗力持续超过六十日的，任何一方可书面通知解除合同。

## 第十六条 争议解决

本合同适用中华人民共和国法律。因本合同发生的争议，提交厦门仲裁委员会仲裁。

## 第十七条 其他

17.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

17.2 本合同为乙方标准文本，双方另有约定的，以补充协议为准。

17.3 双方的通知以书面形式送达本合同所列地址，或发送至双方确认的电子邮箱，发出即视为送达。

17.4 本合同附件：功能清单、软件配置要求、培训计划。

甲方（盖章）：　　　　　　　　　　乙方（盖章）：
"""

E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. MA-CN-2027-009
P:This Agreement is made between Foshan Hexing Ceramics Co., Ltd., a company registered in Foshan, Guangdong Province, People's Republic of China (the "Customer"), and Mondego Analytics, Lda., a company registered in Coimbra, Portugal, with its office at Rua da Sofia, Coimbra (the "Vendor").
P:The Customer operates three tile production lines and wishes to plan kiln loading, glazing and packing with the Vendor's advanced planning and scheduling software. The Vendor has agreed to license that software perpetually and to configure, integrate and implement it on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's MondegoPlan advanced planning and scheduling product, version 7, in object code, with its standard documentation and any updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the configurations, planning rules, kiln and glazing models, interfaces, reports, scripts and documents that the Vendor develops specifically for the Customer under this Agreement, including their source code.
P:1.3 "Customer Data" means all production, order, inventory, quality and personnel data that the Customer or its staff enter into or process with the Software.
P:1.4 "Final Acceptance" means the written acceptance issued by the Customer under Article 5.3.
H:Article 2 Scope
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software for sixty named planners and for the Customer's two plants in Foshan and Qingyuan, including test and disaster-recovery copies.
P:2.2 The Vendor shall configure the Software to the Customer's three kiln lines, build the planning rules for firing curves, glaze changeovers and packing, integrate the Software with the Customer's ERP and MES systems, migrate open orders and routing data, and train the Customer's staff.
P:2.3 The Vendor shall provide a project manager who speaks Chinese or works with a Chinese-speaking consultant present on site during configuration, testing and go-live.
P:2.4 The Customer shall provide the servers, database licences and network access described in Annex 1, appoint a project lead and key users from planning, production and IT, and make its ERP and MES suppliers available for the integration work. Where the Customer is late with any of these, the dates in the project plan move by the period of its delay.
P:2.5 The parties shall hold a project meeting every two weeks. The Vendor shall record decisions, open issues and risks in minutes and circulate them within three working days.
H:Article 3 Price
P:3.1 The total Contract Price is CNY 1,750,000, inclusive of applicable taxes, made up of: Licence Fee CNY 1,120,000; implementation and configuration services CNY 410,000; ERP and MES integration CNY 186,000; training CNY 34,000.
P:3.2 The Contract Price is fixed. Travel and accommodation of the Vendor's staff are included. No other fee is payable for the scope described in Article 2.
H:Article 4 Payment
P:4.1 The Customer shall pay 20% of the Contract Price within thirty days after signature of this Agreement, against the Vendor's invoice and an advance-payment guarantee issued by a bank acceptable to the Customer.
P:4.2 The Customer shall pay 45% of the Contract Price within thirty days after the Go-Live Certificate. The Go-Live Certificate records that the Software is used in production; it is not acceptance.
P:4.3 The Customer shall pay the remaining 35% of the Contract Price within thirty days after Final Acceptance.
P:4.4 All payments shall be made in CNY by bank transfer to the account the Vendor names in its invoice.
H:Article 5 Delivery, Testing and Acceptance
P:5.1 The Vendor shall deliver the Software and complete configuration and integration within one hundred and twenty days after signature, following the project plan attached as Annex 2.
P:5.2 Before go-live the Vendor shall run the acceptance tests agreed in Annex 3. They shall show at least that: a full weekly plan for three kiln lines is generated in less than ten minutes; firing-curve and glaze-changeover rules are respected in every generated plan; orders, routings and stock balances exchanged with the ERP and MES systems reconcile without differences over ten consecutive working days; and the Software has run sixty days in production without a Severity 1 incident.
P:5.3 When all tests are passed the Customer shall issue a written Final Acceptance within ten working days or state the defects found. Production use, the Go-Live Certificate or any payment does not constitute acceptance.
P:5.4 If a test fails, the Vendor shall correct the defects within fifteen days and repeat the test at its own cost.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform in accordance with their documentation and Annex 3 for eighteen months after Final Acceptance. During this period the Vendor shall correct defects, deliver updates and new versions and provide support free of charge.
P:6.2 Severity 1 incidents (no plan can be generated or transmitted to the kilns) shall be responded to within one hour, at any time, and worked on continuously until resolved. Severity 2 incidents shall be responded to within three hours on working days, and Severity 3 requests within two working days.
P:6.3 For each full hour by which the Vendor exceeds a Severity 1 response time, the Vendor shall pay CNY 1,000, which the Customer may deduct from any amount due.
P:6.4 After the warranty period the Customer may order annual support at 13% of the Licence Fee per year (CNY 145,600). This fee is fixed for the first three years after the warranty period. Support is ordered year by year by purchase order and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Software remains the property of the Vendor and its licensors.
P:7.2 The Custom Deliverables belong to the Customer on delivery. The Vendor shall hand over their source code and documentation with the Final Acceptance. The Customer may use, modify and license them freely, including to third parties that support the Customer.
P:7.3 The Vendor warrants that the Software and the Custom Deliverables do not infringe third-party rights and shall defend and indemnify the Customer against any such claim.
H:Article 8 Customer Data and Security
P:8.1 Customer Data belongs to the Customer. The Vendor shall use it only to perform this Agreement and shall not keep, copy or disclose it for any other purpose.
P:8.2 The Software is installed in the Customer's own data centre. The Vendor's remote access requires the Customer's approval for each session, through the Customer's VPN with multi-factor authentication, and all sessions are logged. The Vendor shall not transfer Customer Data out of the People's Republic of China and shall comply with the Personal Information Protection Law and the Data Security Law.
P:8.3 The Vendor shall notify the Customer within twenty-four hours after it becomes aware of any unauthorised access to, or loss of, Customer Data, take all measures necessary to limit the effects and bear the losses caused by its breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all information received from the other party in connection with this Agreement, including production methods, prices and customer lists, and shall use it only for this Agreement. This obligation survives termination for three years.
H:Article 10 Delay and Liability
P:10.1 If the Vendor fails to achieve Final Acceptance by the date in the project plan for reasons attributable to it, it shall pay delay damages of 0.08% of the Contract Price for each day of delay, up to a maximum of 8% of the Contract Price.
P:10.2 Each party's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to personal injury, wilful misconduct, infringement of intellectual property rights or breach of Articles 8 and 9.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor remains responsible for the work of any approved subcontractor.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within thirty days after receiving notice of it.
P:12.2 On termination for the Vendor's breach, the Vendor shall refund the amounts paid for services not accepted, and the licence granted for paid Software remains in force.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of Portugal.
P:13.2 Any dispute that cannot be settled amicably within thirty days shall be submitted to the courts of Coimbra, Portugal.
H:Article 14 Force Majeure
P:14.1 Neither party is liable for a failure caused by events beyond its reasonable control, such as natural disasters, epidemics or government action, provided it notifies the other party promptly and takes reasonable steps to resume performance. Dates in the project plan move by the duration of the event.
H:Article 15 General
P:15.1 This Agreement, together with Annex 1 (Functional Specification), Annex 2 (Project Plan) and Annex 3 (Acceptance Tests), is the entire agreement of the parties. Amendments require a written document signed by both parties.
P:15.2 This Agreement is made in English and Chinese. Both versions are equally authentic.
P:For the Customer: ____________________    For the Vendor: ____________________
"""

E02 = """# ORDER FORM No. RS-2027-0188 — RAIANA QUALITY CLOUD

Vendor: Raiana Software, Lda., Avenida 1º de Maio, Castelo Branco, Portugal ("Raiana")

Customer: Ningbo Lianfeng Auto Parts Co., Ltd., Beilun District, Ningbo, Zhejiang Province, People's Republic of China ("Customer")

This Order Form consists of Part A (Order Details) and Part B (General Terms). Part B forms part of this Order Form. If Part A and Part B conflict, Part A prevails.

## PART A — ORDER DETAILS

### A1. Subscribed Service

Raiana Quality Cloud, a hosted service for supplier quality management: supplier audits, PPAP submissions, incoming-inspection records, corrective-action (8D) workflows and supplier scorecards. Edition: Enterprise. Users: 150 named users, including up to 40 supplier users at no extra charge. Hosting: Raiana's mainland China hosting region (Alibaba Cloud, Shanghai).

### A2. Subscription Term

Two Subscription Years starting on the date of Go-Live Acceptance under A4. A "Subscription Year" is each successive period of three hundred and sixty-five days from that date.

### A3. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription, Subscription Year 1 | 150 users x CNY 1,480 | 222,000 |
| Subscription, Subscription Year 2 | 150 users x CNY 1,480 | 222,000 |
| Onboarding and configuration (one-time) | fixed | 52,000 |
| Administrator and key-user training (one-time) | fixed | 11,000 |
| Total Fees for the Subscription Term | | 507,000 |

All amounts include VAT. Additional users may be added at CNY 1,480 per user per Subscription Year, prorated monthly.

### A4. Onboarding and Go-Live Acceptance

A4.1 Raiana shall complete onboarding within sixty days after signature. Onboarding covers: configuration of the Customer's three plants and its audit checklists; import of 420 supplier records and open corrective actions from the Customer's spreadsheets; single sign-on with the Customer's directory; and an interface that sends incoming-inspection results from the Customer's ERP system every hour.

A4.2 Go-Live Acceptance tests: every migrated supplier record and open action is reconciled against the source files without differences; the ERP interface transfers inspection results correctly for ten consecutive working days; fifty users work in parallel with page responses under three seconds; and each of the five standard workflows is completed end to end by the Customer's key users. When the tests are passed the Customer signs a Go-Live Acceptance certificate. Use of the service before that date, for testing or otherwise, is not acceptance.

A4.3 If Go-Live Acceptance is not achieved by the sixtieth day after signature for reasons attributable to Raiana, Raiana shall pay CNY 350 for each day of delay.

A4.4 Raiana shall appoint a named onboarding lead and send the Customer a written status report every week until Go-Live Acceptance.

### A5. Invoicing and Payment

A5.1 The onboarding and training fees are invoiced after Go-Live Acceptance.

A5.2 The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year.

A5.3 Invoices are payable within thirty days of receipt, in CNY, by bank transfer to Raiana's account in mainland China.

### A6. Renewal

At the end of the Subscription Term this Order Form renews automatically for successive renewal periods of one Subscription Year each, unless either party gives notice of non-renewal at least sixty days before the end of the current period. For each renewal period Raiana may increase the per-user fee by up to 9% over the fee of the preceding period, by notice given at least ninety days before renewal.

## PART B — GENERAL TERMS

### 1. The Service

1.1 Raiana shall provide the service in accordance with its documentation and this Order Form, and shall not materially reduce its functions during the Subscription Term.

1.2 Raiana may release updates and new versions. It shall announce releases that change user workflows at least fourteen days in advance.

1.3 The Customer is responsible for the use of its accounts and for the accuracy of the data it enters.

1.4 Raiana shall provide the user interface and documentation in simplified Chinese and English, and a Chinese-speaking support desk during business hours, Beijing time.

### 2. Service Levels

2.1 Availability. The service shall be available at least 99.5% of the time in each calendar month, measured at Raiana's hosting region. Scheduled maintenance announced five days in advance and performed on Sundays between 01:00 and 05:00 Beijing time is excluded.

2.2 Incident response. Priority 1 incidents (the service is unavailable, or no user can log in) shall be responded to within one hour at any time and restored within six hours. Priority 2 incidents (a major function fails) shall be responded to within two hours during business hours. Priority 3 requests shall be answered within two business days.

2.3 Service credits. For each full 0.5 percentage point by which monthly availability falls below the level in 2.1, the Customer receives a credit of 5% of the monthly share of the subscription fee. For each full hour of delay in restoring a Priority 1 incident, the Customer receives a credit of CNY 600. Credits are set off against the next invoice or, at the end of the term, refunded.

2.4 Raiana shall publish a monthly service report showing availability, incidents and credits.

2.5 Raiana shall assign a named customer success manager who meets the Customer's quality team once a quarter to review usage, open incidents and planned releases.

### 3. Customer Data

3.1 All data that the Customer or its users upload to or create in the service ("Customer Data") belongs to the Customer. Raiana shall process Customer Data only to provide the service to the Customer and for no other purpose.

3.2 Raiana shall store Customer Data only in mainland China, encrypt it in transit and at rest, restrict access to named support staff with multi-factor authentication, keep access logs for at least one hundred and eighty days, and maintain its MLPS level 3 filing and ISO/IEC 27001 certification.

3.3 Raiana shall notify the Customer within twenty-four hours after becoming aware of a security incident affecting Customer Data, cooperate in the investigation and bear the costs and losses caused by its failure to meet 3.2.

3.4 Within thirty days after the end of the term Raiana shall return Customer Data in a common machine-readable format and then delete it, confirming the deletion in writing.

3.5 The Customer may export its data at any time through the standard export function or the API, without extra charge.

### 4. Intellectual Property

4.1 Raiana keeps all rights in the service and its underlying software.

4.2 Audit checklists, report templates, workflow configurations and interface mappings created for the Customer during onboarding belong to the Customer, which may use, modify and license them freely, including with another service provider.

### 5. Confidentiality

5.1 Each party shall keep the other party's confidential information secret, use it only for this Order Form and disclose it only to employees and advisers who need to know it and are bound by similar duties. This obligation lasts for three years after the end of the term.

### 6. Subprocessors and Subcontractors

6.1 Raiana uses the hosting provider named in A1. Raiana shall not engage any other subprocessor or subcontractor for the service without the Customer's prior written consent, and remains responsible for everyone it engages.

### 7. Suspension

7.1 Raiana may suspend a user account only if that account is used in breach of the documentation or threatens the security of the service, and shall notify the Customer at once. Raiana shall not suspend the service because of an invoice that the Customer disputes in good faith.

### 8. Liability

8.1 Each party's total liability under this Order Form is limited to 150% of the Total Fees stated in A3.

8.2 The limit does not apply to breach of sections 3 or 5, infringement of intellectual property rights, personal injury or wilful misconduct.

### 9. Termination

9.1 Either party may terminate this Order Form by written notice if the other party commits a material breach and does not remedy it within thirty days after notice.

9.2 If the Customer terminates under 9.1, Raiana shall refund the prepaid fees for the remaining part of the Subscription Year.

9.3 Sections 3.4, 4, 5 and 8 survive termination.

### 10. Force Majeure

10.1 Neither party is liable for a failure to perform caused by events beyond its reasonable control, such as natural disasters, epidemics, failures of public networks or government action, if it notifies the other party promptly. Service levels in section 2 do not apply during such events.

### 11. Governing Law and Disputes

11.1 This Order Form is governed by the laws of the People's Republic of China.

11.2 Disputes shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules in force at the time. The award is final and binding.

### 12. General

12.1 Notices are given in writing to the addresses above or to the e-mail addresses the parties designate.

12.2 Neither party may assign this Order Form without the other party's written consent.

12.3 This Order Form is the entire agreement of the parties on its subject and replaces all earlier proposals. Changes require a written amendment signed by both parties.

Signed for Raiana Software, Lda.: ____________________

Signed for Ningbo Lianfeng Auto Parts Co., Ltd.: ____________________
"""

E03 = """T:Supply Contract for Condition-Monitoring Sensors and Monitoring Software
P:Contract No. GL-EQ-2027-052
P:Buyer: Jiangxi Ganlin Paper Co., Ltd., Ganzhou, Jiangxi Province, People's Republic of China (the "Buyer")
P:Supplier: Nabão Sensing, Lda., Tomar, Portugal, acting through its representative office in Shanghai (the "Supplier")
P:This Contract is made on the Buyer's standard terms for equipment purchases. The Buyer wishes to monitor the vibration and temperature of the pumps, fans, dryer cylinders and gearboxes of its two paper machines, and the Supplier has offered wireless sensors, gateways, edge servers and its monitoring software, together with installation and configuration.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways and edge servers listed in clause 2.
P:1.2 "Software" means the Supplier's NabaoWatch condition-monitoring software licensed under clause 3, including its analytics modules and documentation.
P:1.3 "Deliverables" means the machine models, alarm thresholds, dashboards, reports and interface scripts that the Supplier prepares for the Buyer under this Contract.
P:1.4 "Final Acceptance" means the certificate issued by the Buyer under clause 6.3.
P:1.5 "Buyer Data" means all measurements, alarms, maintenance records and plant information collected or processed by the Equipment or the Software.
H:2. Scope and Price
P:2.1 The Supplier shall supply, install, configure and commission the following, and train the Buyer's maintenance staff. The prices are fixed and include VAT, delivery to the Buyer's mill, insurance and customs clearance.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless vibration and temperature sensor, ATEX-rated|320|2,150|688,000
TB:2|Gateway with 4G and Ethernet uplink|16|9,800|156,800
TB:3|Edge server, rack-mounted|2|48,600|97,200
TB:4|NabaoWatch monitoring software, perpetual licence, 400 measuring points|1|512,000|512,000
TB:|Hardware and Licence Subtotal|||1,454,000
TB:5|Installation and commissioning|1 lot|168,000|168,000
TB:6|Machine models and analytics configuration|1 lot|94,000|94,000
TB:7|Training of maintenance staff|1 lot|22,000|22,000
TB:|Contract Price|||1,738,000
P:2.2 The Contract Price is CNY 1,738,000. No other charge is payable for the scope of this Contract.
H:3. Licence
P:3.1 The Supplier grants the Buyer a perpetual, non-exclusive licence to use the Software at the Buyer's Ganzhou mill for up to 400 measuring points, on the edge servers and on any number of workstations, including a backup installation.
P:3.2 The Software and the Equipment firmware remain the property of the Supplier. The Buyer may copy the Software for backup and disaster recovery.
H:4. Payment
P:4.1 10% of the Contract Price is payable within twenty days after signature, against an advance-payment guarantee of the same amount from a bank in mainland China.
P:4.2 55% of the Contract Price is payable within thirty days after the Installation Certificate, which records that all Equipment has been installed and powered. The Installation Certificate is not acceptance.
P:4.3 35% of the Contract Price is payable within thirty days after Final Acceptance.
P:4.4 The Supplier shall issue a VAT invoice for each payment before it is due.
H:5. Delivery and Installation
P:5.1 The Supplier shall deliver the Equipment to the mill within seventy-five days after signature and complete installation within thirty days after delivery, during the maintenance stops the Buyer schedules.
P:5.2 The Supplier's staff shall follow the mill's safety rules, including permits for work at height, lock-out procedures and the rules for hazardous areas near the dryer section.
P:5.3 The Buyer shall provide rack space, power, network ports and a connection to its maintenance system, and shall name an engineer from each paper machine to work with the Supplier. If the Buyer is late in doing so, the Supplier's dates move by the period of that delay.
P:5.4 Training shall cover sensor mounting and replacement, battery changes, reading trend charts and spectra, alarm handling and basic administration of the Software, for at least twenty maintenance staff in two sessions, with course material in Chinese.
P:5.5 Risk in the Equipment passes to the Buyer on signature of the Installation Certificate. Title passes on payment under clause 4.2.
H:6. Testing and Acceptance
P:6.1 After installation the Supplier shall commission the system and run a trial period of forty-five days.
P:6.2 The acceptance criteria are: at least 98% of sensors report valid data every hour during the trial; the gateway network recovers automatically from a power loss within ten minutes; the machine models raise alarms for the six fault types in Annex B when tested with the Supplier's signal generator; the Software imports maintenance work orders from the Buyer's maintenance system every night without error; and no Priority 1 incident occurs in the last twenty days of the trial.
P:6.3 When the criteria are met the Buyer shall issue the Final Acceptance certificate within ten working days or list the failures. Installation, commissioning, use during the trial or payment does not mean acceptance.
P:6.4 If the criteria are not met, the Supplier shall correct the failures within fifteen days and repeat the trial period for the affected parts at its own cost.
H:7. Warranty and Support
P:7.1 The Supplier warrants the Equipment and the Software for thirty-six months after Final Acceptance. During this period it shall repair or replace defective Equipment, correct software defects and supply updates free of charge, and keep spare sensors and one spare gateway at the mill.
P:7.5 The Supplier shall supply spare parts and replacement sensors of the same or a compatible type for at least eight years after Final Acceptance, at prices no higher than those in clause 2 adjusted only for documented changes in the cost of components.
P:7.6 With Final Acceptance the Supplier shall hand over as-built drawings of the sensor locations, the gateway network plan and the administration manual of the Software.
P:7.2 Priority 1 incidents (the monitoring of a whole paper machine is lost, or a gateway or edge server fails) shall be responded to within thirty minutes, by telephone or remote session, with an engineer on site within twenty-four hours. Priority 2 incidents shall be responded to within two hours.
P:7.3 For each hour by which the Supplier exceeds a Priority 1 response or on-site time, it shall pay CNY 800, which the Buyer may deduct from any payment.
P:7.4 After the warranty period the Buyer may order annual support at no more than 7% of the Hardware and Licence Subtotal per year (CNY 101,780). The Supplier shall not increase this fee for two years after the end of the warranty period. Support is ordered by a separate purchase order each year and does not renew automatically.
H:8. Intellectual Property
P:8.1 The Deliverables belong to the Buyer from their creation. The Supplier shall hand them over in editable form, with the source of any interface scripts, at Final Acceptance. The Buyer may use, modify and license the Deliverables freely.
P:8.2 The Supplier warrants that the Equipment, the Software and the Deliverables do not infringe third-party rights and shall indemnify the Buyer against any such claim.
H:9. Buyer Data and Security
P:9.1 Buyer Data belongs to the Buyer. The Supplier shall use it only to perform this Contract.
P:9.2 The Software and Buyer Data remain on the Buyer's servers at the mill. Remote access by the Supplier requires the Buyer's approval for each session and uses the Buyer's VPN; the Supplier shall not copy Buyer Data out of the mill's network or out of mainland China.
P:9.3 The Supplier shall report any security incident affecting Buyer Data within eight hours, help the Buyer to contain it and be liable for the losses caused by its failure to comply with this clause.
H:10. Confidentiality
P:10.1 Each party shall keep confidential the technical and commercial information it receives from the other, including the layout of the mill and its production data, and shall not disclose it without prior written consent. This duty survives the end of this Contract for three years.
H:11. Delay Damages and Liability
P:11.1 If the Supplier is late in delivery, installation or Final Acceptance for reasons attributable to it, it shall pay delay damages of 0.1% of the Contract Price per day of delay, up to 10% of the Contract Price.
P:11.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price. This limit does not apply to personal injury, wilful misconduct or breach of clauses 9 and 10.
H:12. Subcontracting
P:12.1 The Supplier shall not subcontract installation or any other part of the work without the Buyer's prior written consent.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within twenty days after notice, or if the delay damages reach their maximum.
H:14. Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Nanchang Arbitration Commission for arbitration in Nanchang.
H:15. Force Majeure
P:15.1 Neither party is liable for a delay caused by events beyond its reasonable control, such as natural disasters, epidemics or government action, provided it informs the other party promptly and resumes performance as soon as possible. The dates in this Contract move accordingly.
H:16. General
P:16.1 Annex A (Technical Specification) and Annex B (Acceptance Test Plan) form part of this Contract. This Contract is signed in English and Chinese; both texts are equally valid.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# MANAGED IT SERVICES AGREEMENT

**Agreement No. FA-KL-2027-03**

**Customer:** Suzhou Kangli Textile Co., Ltd., Wujiang District, Suzhou, Jiangsu Province, People's Republic of China ("Customer")

**Provider:** Foz Atlântico IT Services, Lda., Figueira da Foz, Portugal, with its service centre operated by its wholly owned subsidiary in Suzhou ("Provider")

**Background.** The Customer runs spinning, weaving and dyeing plants at two sites in Wujiang and a sales office in Shanghai. It wishes to outsource its service desk, end-user support, network operations and server operations to the Provider for thirty-six months. The Provider has offered to provide these services from its Suzhou service centre and on site.

## Section 1 Definitions

1.1 "Services" means the services described in Schedule 1, delivered to the service levels in Schedule 2.

1.2 "Service Commencement Date" means the date on which the Customer signs the Transition Acceptance certificate under Section 4.

1.3 "Monthly Charge" means the fixed monthly charge in Schedule 3.

1.4 "Customer Data" means all data of the Customer, its employees and its customers that the Provider receives, accesses or handles while providing the Services.

1.5 "Term" means thirty-six months from the Service Commencement Date.

## Section 2 Services

2.1 The Provider shall provide the Services at the sites in Schedule 1 throughout the Term, with the staffing and tools described in that Schedule.

2.2 The Provider shall deliver the Services in Chinese at the plants, follow the Customer's IT policies and change procedures as notified to it, and shall record every incident, request and change in the Customer's service-management tool.

2.3 The Provider shall assign a service delivery manager who meets the Customer's IT manager every month to review performance, open problems and planned changes, and who prepares a written monthly service report.

2.4 The Customer shall give the Provider's staff access to its sites, systems and documentation as needed for the Services, provide desks, telephones and parking for the on-site engineers, and name a contact person at each plant. The Provider is not responsible for a missed service level to the extent it is caused by the Customer's failure to do so, or by faults of third-party software and equipment outside the Provider's scope, provided the Provider reports such causes promptly.

## Section 3 Transition

3.1 The Provider shall take over the Services from the Customer's current arrangements within sixty days after signature of this Agreement, following the transition plan agreed at signature.

3.2 Transition includes: an inventory of all end-user devices, network devices and servers; collection of passwords, configurations and documentation; knowledge transfer from the Customer's IT staff; set-up of the service desk telephone line and mailbox; and a two-week shadow period in which the Provider handles tickets under the supervision of the Customer's staff.

## Section 4 Transition Acceptance

4.1 The Customer shall accept the transition when: the inventory has been checked and agreed; the Provider has resolved at least 95% of the tickets of the shadow period within the resolution times of Schedule 2; the monitoring of all network devices and servers in Schedule 1 is active and tested; and the operating manuals for every service line have been delivered and approved.

4.2 The Customer shall sign the Transition Acceptance certificate within five working days after the criteria are met, or list the open points. The start of ticket handling during the shadow period is not acceptance.

4.3 If the Service Commencement Date does not occur within sixty days after signature for reasons attributable to the Provider, the Provider shall pay CNY 1,800 for each day of delay.

## Section 5 Service Levels and Credits

5.1 The Provider shall meet the service levels in Schedule 2.

5.2 If a service level is missed in a month, the Customer receives the service credit set out in Schedule 2. Credits are deducted from the next invoice. Credits in any month shall not exceed 20% of the Monthly Charge.

5.3 If the same service level is missed in three consecutive months, the Provider shall present a correction plan within ten working days and carry it out at its own cost.

## Section 6 Charges and Payment

6.1 The charges are set out in Schedule 3 and are fixed for the Term.

6.2 The transition charge is invoiced after Transition Acceptance. The Monthly Charge is invoiced monthly in arrears.

6.3 The Customer shall pay each undisputed invoice within thirty days. No advance payment is due under this Agreement.

## Section 7 Customer Data

7.1 Customer Data belongs to the Customer. The Provider shall use Customer Data only to provide the Services and shall return it to the Customer, or delete it, at the end of the Term.

## Section 8 Confidentiality

8.1 Each party shall keep confidential the other party's business information, prices, designs, customer information and technical documentation that it receives under this Agreement, and shall not disclose them to third parties without prior written consent. This duty survives the end of this Agreement for three years.

## Section 9 Intellectual Property

9.1 Operating manuals, scripts, monitoring templates, knowledge articles and reports produced by the Provider for the Customer belong to the Customer, which may use, modify and hand them to any other provider without restriction.

9.2 The Provider's own tools and methods remain its property; where they are needed to use the deliverables in 9.1, the Provider grants the Customer a free, perpetual licence to use them.

## Section 10 Staff and Subcontracting

10.1 The Provider shall use qualified staff and replace any person whom the Customer reasonably objects to.

10.2 The Provider shall not subcontract any part of the Services without the Customer's prior written consent, and remains responsible for any approved subcontractor.

## Section 11 Liability

11.1 Each party's total liability under this Agreement is limited to 125% of the total charges payable over the Term as set out in Schedule 3.

11.2 This limit does not apply to personal injury or wilful misconduct.

## Section 12 Term and Termination

12.1 This Agreement starts on signature and ends at the end of the Term. It does not renew automatically; any extension requires a written agreement of both parties.

12.2 This Agreement may not be terminated before the end of the Term, for breach or otherwise, except by written agreement of both parties. The Customer's remedies for failures of the Provider are the service credits, the correction plan and delay damages under this Agreement and damages under Section 11.

12.3 At the end of the Term the Provider shall support the handover of the Services to the Customer or a new provider for up to sixty days at the rates in Schedule 3.

## Section 13 Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes shall be referred to the Suzhou Arbitration Commission for arbitration in Suzhou.

## Section 14 General

14.1 This Agreement, with its Schedules, is the entire agreement of the parties on its subject. Amendments must be in writing and signed by both parties.

14.2 This Agreement is made in English and Chinese; both versions have equal force.

## Schedule 1 — Services and Sites

| Service line | Scope | Sites and hours |
|---|---|---|
| Service desk | Single point of contact by telephone, e-mail and portal, in Chinese and English; logging, first-line resolution, escalation | Remote, 07:00–22:00 every day |
| End-user support | Desktop and laptop support, printers, mobile devices, software installation and updates, moves and changes for about 1,150 users | On site at both Wujiang plants, Monday to Saturday 08:00–18:00; Shanghai office on request |
| Network operations | Monitoring and administration of 96 switches, 140 wireless access points, firewalls and the two internet lines; configuration backups | 24 x 7 monitoring from the Suzhou service centre |
| Server operations | Monitoring, backups and restores, operating system updates and capacity reports for 38 virtual and 6 physical servers | 24 x 7 monitoring; on-site visits as needed |
| Reporting | Monthly service report and quarterly review | Suzhou |

## Schedule 2 — Service Levels and Credits

| Service level | Target | Service credit if missed in a month |
|---|---|---|
| P1 incident response (plant network, ERP access or production printing down) | 15 minutes, at any time | 3% of the Monthly Charge |
| P1 incident restoration | 3 hours | 4% of the Monthly Charge |
| P2 incident response | 1 hour during support hours | 1% of the Monthly Charge |
| Core network availability at each plant | 99.95% per month | 3% of the Monthly Charge per 0.1 percentage point below target |
| Service desk calls answered within 30 seconds | 85% of calls | 1% of the Monthly Charge |
| Backups completed successfully | 98% of scheduled jobs | 2% of the Monthly Charge |

## Schedule 3 — Charges

| Item | Basis | Amount (CNY) |
|---|---|---|
| Transition (one-time) | fixed | 74,000 |
| Monthly Charge | 36 months x CNY 58,000 | 2,088,000 |
| Total charges over the Term | | 2,162,000 |
| Additional work and handover support | per engineer day | 2,600 |

All charges include VAT and travel within Suzhou and Shanghai.
"""

E05 = """DATA SUBSCRIPTION AGREEMENT
AGRO-WEATHER AND SOIL-MOISTURE DATA API

Agreement No. TG-HN-2027-011

BETWEEN
Tejo Geodata, Lda., a company registered in Abrantes, Portugal, with its office at Rua Grande, Abrantes ("Provider"); and
Shandong Huinong Agricultural Technology Co., Ltd., a company registered in Jinan, Shandong Province, People's Republic of China ("Customer").

BACKGROUND
The Customer advises about 2,600 cooperatives and family farms in Shandong and Henan on irrigation, fertiliser timing and harvest planning. The Provider produces gridded weather, evapotranspiration and soil-moisture data from satellite observations and weather models and makes them available through an application programming interface (the "API"). The Customer wishes to subscribe to these data for two Subscription Years and to use them in its own advisory platform.

1. DEFINITIONS
1.1 "Provider Data" means the datasets described in Schedule A, as delivered through the API or as bulk files, and any updates of them.
1.2 "Customer Data" means the field boundaries, crop plans, sensor readings, queries and other information that the Customer or its users send to the API or upload to the Provider's portal.
1.3 "Custom Outputs" means the field-level indices, crop-stage calendars, alert rules and dashboards that the Provider prepares specifically for the Customer under clause 4.
1.4 "Subscription Year" means each period of three hundred and sixty-five days starting on the date of Onboarding Acceptance or its anniversary.
1.5 "Business Day" means a day on which banks are open in both Lisbon and Jinan.

2. SUBSCRIPTION
2.1 The Provider grants the Customer, for the two Subscription Years, a non-exclusive, non-transferable right to receive the Provider Data for the area in Schedule A through the API and to use them within its advisory platform and in advice, reports and alerts sent to its own farm clients.
2.2 The Customer may store Provider Data received during the term and keep using the stored data after the term for its historical records and for the clients it served during the term.
2.3 The Customer shall not resell the Provider Data as a dataset, or make the API available to third parties, except as allowed in 2.1.
2.4 Each Subscription Year includes up to ten million API calls. The Customer may buy further calls at the prices in Schedule B; such usage charges are invoiced monthly and are not part of the Total Fees.

3. FEES AND PAYMENT
3.1 The subscription fee is CNY 268,000 for each Subscription Year, CNY 536,000 for the two Subscription Years. The one-time onboarding fee is CNY 24,000. The Total Fees under this Agreement are CNY 560,000, including VAT.
3.2 The onboarding fee is invoiced after Onboarding Acceptance.
3.3 The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year.
3.4 Invoices are payable within thirty days after receipt by bank transfer in CNY to the account the Provider names in mainland China.
3.5 The fees are fixed for the two Subscription Years.

4. ONBOARDING AND ACCEPTANCE
4.1 The Provider shall set up API access for the Customer's platform, load the Customer's 1,850 reference fields, calibrate soil-moisture estimates against the readings of the Customer's 120 field sensors, and prepare the Custom Outputs described in Schedule A, part 3.
4.2 Onboarding acceptance tests: the API returns data for every reference field; daily data for the previous day are complete for at least 98% of grid cells by 08:00 Beijing time on ten consecutive days; the soil-moisture estimates agree with the sensor readings within the tolerance in Schedule A; and the Customer's platform imports the Custom Outputs without manual correction. When the tests are passed the Customer issues an Onboarding Acceptance certificate. Access to test data before that date is not acceptance.
4.3 If a test fails, the Provider shall correct the cause and repeat the test.

5. API ACCESS AND SUPPORT
5.1 The Provider will use commercially reasonable efforts to keep the API accessible and to deliver the daily data on schedule. The Provider may carry out maintenance at any time and will try to announce it in advance.
5.2 Support requests are accepted by e-mail and through the Provider's portal and are handled on Business Days in the order received.
5.3 The Provider will publish API changes on its developer portal. It will keep each API version available for at least six months after announcing a new version.

6. CUSTOMER DATA
6.1 Customer Data belongs to the Customer. The Provider shall use Customer Data only to provide the Provider Data and Custom Outputs to the Customer and shall not use, sell or disclose it for any other purpose.
6.2 At the end of the term the Provider shall delete Customer Data within thirty days and confirm the deletion in writing.

7. DATA SECURITY
7.1 The Provider shall process Customer Data on servers located in mainland China, encrypt it in transit and at rest, restrict access to named staff with individual accounts, keep access logs and comply with the Data Security Law and the Personal Information Protection Law.
7.2 The Provider shall notify the Customer within twenty-four hours after becoming aware of any unauthorised access to, or loss of, Customer Data, take measures to limit the effects and be liable for the losses caused by its failure to comply with 7.1.

8. INTELLECTUAL PROPERTY
8.1 The Provider Data, the API and the Provider's models remain the property of the Provider and its licensors.
8.2 The Custom Outputs belong to the Customer from their creation. The Customer may use, modify and license them freely. The Provider shall deliver them with their calculation rules and any code used to produce them.

9. CONFIDENTIALITY
9.1 Each party shall keep confidential the other party's non-public information, including the Customer's client lists, field locations and prices, use it only for this Agreement and not disclose it to third parties without prior written consent. This duty lasts for three years after the end of this Agreement.

10. WARRANTIES
10.1 The Provider warrants that the Provider Data are produced with the methods described in Schedule A and that it has the right to license them.
10.2 The Provider does not warrant that the Provider Data are free from errors or suitable for any particular agronomic decision. The Customer is responsible for the advice it gives to its clients.

11. LIABILITY
11.1 Each party is liable for the direct damage caused by its breach of this Agreement.
11.2 Each party's total liability under this Agreement is limited to 150% of the Total Fees. The limit does not apply to breach of clauses 6, 7 and 9, infringement of intellectual property rights or wilful misconduct.
11.3 Neither party is liable for loss of profit or for indirect damage.

12. SUBCONTRACTING
12.1 The Provider shall not subcontract the processing of Customer Data or the preparation of the Custom Outputs without the Customer's prior written consent. The Provider remains responsible for any approved subcontractor.

13. TERM AND TERMINATION
13.1 This Agreement starts on signature and ends at the end of the second Subscription Year. It does not renew automatically. Any renewal requires a new written agreement.
13.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within thirty days after notice.
13.3 If the Customer terminates under 13.2, the Provider shall refund the part of the subscription fee paid for the period after termination.

14. FORCE MAJEURE
14.1 Neither party is liable for a failure caused by events beyond its reasonable control, including the loss of a satellite or of a public data source, natural disasters and government action, provided it informs the other party promptly.

15. GOVERNING LAW AND DISPUTES
15.1 This Agreement is governed by the laws of the People's Republic of China.
15.2 Disputes shall be submitted to the Beijing Arbitration Commission for arbitration in Beijing under its rules.

16. GENERAL
16.1 Schedule A (Datasets, Area and Custom Outputs) and Schedule B (Additional Usage Prices) form part of this Agreement.
16.2 Notices shall be in writing and sent to the addresses above or to the e-mail addresses designated by the parties.
16.3 This Agreement is made in English and Chinese. Both versions are equally authentic.

SIGNED for Tejo Geodata, Lda.: ____________________
SIGNED for Shandong Huinong Agricultural Technology Co., Ltd.: ____________________

SCHEDULE A - DATASETS, AREA AND CUSTOM OUTPUTS
Part 1, datasets: daily and hourly air temperature, precipitation, relative humidity, wind and solar radiation on a 1 km grid; daily reference and crop evapotranspiration; soil moisture at three depths on a 1 km grid; ten-day forecasts of the weather variables, updated twice a day; and a history of the same variables back to 2010 for the area.
Part 2, area: the provinces of Shandong and Henan, and a buffer of 20 km around them.
Part 3, custom outputs: field-level irrigation indices for wheat, maize, peanut and vegetables; crop-stage calendars per county; frost, heat and drought alert rules with the thresholds the Customer sets; and two dashboards for the Customer's agronomists.
Tolerance for soil-moisture calibration: mean absolute difference against the Customer's sensors of no more than 0.04 cubic metres per cubic metre over the test period.

SCHEDULE B - ADDITIONAL USAGE PRICES
Additional API calls: CNY 9 per thousand calls. Additional reference fields beyond those in clause 4.1: CNY 6 per field per Subscription Year.
"""

# END SOURCES

# ---------------------------------------------------------------- files
NAMES = {
    "z01": ("h649z01_eyewear_quality_testing_platform.pdf", Z01),
    "z02": ("h649z02_watch_movement_line_control_retrofit.docx", Z02),
    "z03": ("h649z03_pottery_chain_course_booking_saas.txt", Z03),
    "z04": ("h649z04_fishing_port_vessel_reporting_om.txt", Z04),
    "z05": ("h649z05_stone_slab_cutting_software_supplier_template.md", Z05),
    "e01": ("h649e01_aps_software_perpetual_licence_coimbra.pdf", E01),
    "e02": ("h649e02_supplier_quality_saas_order_form_castelo_branco.md", E02),
    "e03": ("h649e03_paper_mill_condition_monitoring_sensors_tomar.docx", E03),
    "e04": ("h649e04_textile_managed_it_services_figueira_da_foz.md", E04),
    "e05": ("h649e05_agro_weather_data_api_abrantes.txt", E05),
}

# ---------------------------------------------------------------- labels
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]


def T(avail, p1, remedy, ip, dsc, bod, conf, ld, cap, prepay, acc, final, warr, pwf, auto, term, sub, law, kind):
    return dict(zip(TERM_KEYS, [avail, p1, remedy, ip, dsc, bod, conf, ld, cap, prepay, acc, final, warr, pwf, auto,
                                term, sub, law, kind]))


G, S = "goods_or_licence", "service"
# key: (language, category, terms, sla_clause, ld_stated, post_warranty_fee_capped or None, deemed, contract_value)
LABELS = {
    "z01": ("zh", "software", T(99.95, 0.5, True, "buyer", True, True, True, 0.1, None, 20, True, True, 24, 9, False,
                                True, False, "PRC", G), True, True, True, False, 1968000),
    "z02": ("zh", "hardware", T(99.5, 1, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 8, False,
                                True, True, "PRC", G), True, True, True, False, 1870000),
    "z03": ("zh", "cloud", T(99.95, 0.5, True, "buyer", True, False, True, 300 / 403000 * 100, 6 / 24 * 100, None,
                             True, None, None, None, True, True, False, "PRC", S), True, True, None, False, 403000),
    "z04": ("zh", "services", T(None, 0.5, False, "buyer", True, True, False, 0.1, None, None, True, None, None, None,
                                False, True, False, "PRC", S), True, True, None, False, 298000),
    "z05": ("zh", "software", T(None, 12, False, "supplier", True, True, True, 0.02, None, 65, False, False, 6, 25,
                                False, True, None, "PRC", G), True, True, True, True, 1660000),
    "e01": ("en", "software", T(None, 1, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 18, 13, False,
                                True, False, "Portugal", G), True, True, True, False, 1750000),
    "e02": ("en", "cloud", T(99.5, 1, True, "buyer", True, True, True, 350 / 507000 * 100, 150, None, True, None, None,
                             None, True, True, False, "PRC", S), True, True, None, False, 507000),
    "e03": ("en", "hardware", T(None, 0.5, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 36, 7, False,
                                True, False, "PRC", G), True, True, True, False, 1738000),
    "e04": ("en", "services", T(99.95, 0.25, True, "buyer", False, True, True, 1800 / 2162000 * 100, 125, None, True,
                                None, None, None, False, False, False, "PRC", S), True, True, None, False, 2162000),
    "e05": ("en", "cloud", T(None, None, False, "buyer", True, True, True, None, 150, None, True, None, None, None,
                             False, True, False, "PRC", S), False, False, None, False, 560000),
}

# TCO inputs (goods_or_licence only): itemised licence/hardware subtotal = fee base
FEE_BASE = {"z01": 1160000, "z02": 1486000, "z05": 1280000, "e01": 1120000, "e03": 1454000}
# dispute forum outside mainland China (CR-GOVERNING-LAW also fires then)
FORUM_OUTSIDE = {"e01"}

DESIGN = {
    "z01": [],
    "z02": ["CR-SLA-AVAILABILITY", "CR-SUBCONTRACT"],
    "z03": ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-LIABILITY-CAP"],
    "z04": ["CR-CONFIDENTIALITY", "CR-SLA-NO-REMEDY"],
    "z05": ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT",
            "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
    "e01": ["CR-GOVERNING-LAW"],
    "e02": ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"],
    "e03": [],
    "e04": ["CR-DATA-SECURITY", "CR-TERMINATION"],
    "e05": ["CR-LD-MISSING", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
}
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]

# policy thresholds (§3): availability 99.9, P1 4 h, LD 0.05 %/day, cap 100 %, prepayment 30 %, warranty 12 months,
# post-warranty fee 15 %, TCO service share 40 %
TH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
      "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
TCO_SHARE_TH = 40


def tco_share(key):
    t = LABELS[key][2]
    cv = LABELS[key][7]
    years_after = max(0.0, 5 - t["warranty_months"] / 12)
    fees = years_after * t["post_warranty_fee_pct"] / 100 * FEE_BASE[key]
    return fees / (cv + fees) * 100, cv + fees


def derive(key):
    lang, cat, t, sla, ld_stated, capped, deemed, cv = LABELS[key]
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
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not capped or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        if t["post_warranty_fee_pct"] is not None and capped and tco_share(key)[0] > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or key in FORUM_OUTSIDE:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if set(rules) & HIGH:
        return "high"
    if set(rules) - LOW:
        return "medium"
    return "low"


def label_json(key):
    lang, cat, t, sla, ld_stated, capped, deemed, cv = LABELS[key]
    extra = {"sla_clause": sla, "ld_stated": ld_stated}
    if t["contract_kind"] == G:
        extra["post_warranty_fee_capped"] = capped
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = cv
    d = {"file": NAMES[key][0], "language": lang, "category": cat, "expected_terms": t, "expected_extra": extra,
         "expected_rules": derive(key)}
    return json.dumps(d, ensure_ascii=False, indent=1)


# ---------------------------------------------------------------- read back
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        for tb in doc.tables:
            for row in tb.rows:
                parts.append("\t".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


# ---------------------------------------------------------------- threshold figures in text
PATTERNS = [
    r"99\.9(?![0-9])", r"99\.90",
    r"(?<![0-9.])4\s*(?:个)?\s*(?:小时|钟头|hours?|hrs?\b|h\b)", r"[四肆]个?小时", r"(?<![-a-z])four\s*(?:\(4\)\s*)?hours?",
    r"(?<![0-9.])0?\.05\s*%", r"万分之五", r"0\.0005(?![0-9])", r"point\s*zero\s*five",
    r"(?<![0-9.])100\s*%", r"百分之(?:一)?百(?![分])", r"hundred\s*per\s*cent", r"hundred\s*percent",
    r"(?<![0-9.])30\s*%", r"百分之三十(?![一二三四五六七八九])", r"thirty\s*per\s*cent", r"thirty\s*percent", r"三成",
    r"(?<![0-9.])12\s*(?:个\s*月|months?|月(?!\s*[0-9]))", r"(?<![0-9.])12-month", r"十二个?月", r"twelve",
    r"(?<![第每同])一年", r"(?<![a-z])one[\s-]*year", r"(?<![0-9.])1\s*-?\s*years?(?![a-z])",
    r"(?<![0-9.])15\s*%", r"百分之十五", r"fifteen\s*per",
    r"(?<![0-9.])40\s*%", r"百分之四十(?![一二三四五六七八九])", r"forty\s*per", r"四成",
]
RX = re.compile("|".join("(?:%s)" % p for p in PATTERNS), re.I)
MUST_HIT = ["99.9%", "99.9 %", "4小时", "4 hours", "4-hour"[:0] + "4 hrs", "四小时", "four hours", "0.05%", "0.05 %",
            "万分之五", "100%", "100 %", "百分之百", "30%", "百分之三十", "12个月", "12 months", "十二个月", "twelve months",
            "一年", "one year", "质保期12月", "15%", "百分之十五", "40%", "百分之四十", "1 year", "12-month"]
MUST_MISS = ["99.95%", "99.5%", "99.8%", "24小时", "24 hours", "14 hours", "0.055%", "200%", "130%", "13%", "0.5%",
             "第一年", "每一年", "18个月", "112 months", "140%", "3.5%", "115%", "2.15%", "300%", "14 days",
             "3 hours", "1 hour", "25%", "45%", "35%", "125%", "2027年12月31日", "December 2027", "twenty-four hours", "within twenty-four hours"]


def scan(text):
    hits = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text)):
        hits += [m.group(0) for m in RX.finditer(variant)]
    return hits


def selftest():
    for s in MUST_HIT:
        assert scan(s), ("must hit", s)
    for s in MUST_MISS:
        assert not scan(s), ("must miss", s, scan(s))


# ---------------------------------------------------------------- main
def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    selftest()
    sources, targets = {}, {}
    for key, (name, src) in NAMES.items():
        if name.endswith((".docx", ".pdf")):
            sources[key] = src
            targets[key] = (name, name.rsplit(".", 1)[1])
        else:
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
    write(sources, targets, OUT, wrap_words=True)
    covered = set()
    for key, (name, src) in NAMES.items():
        lang, cat, t, sla, ld_stated, capped, deemed, cv = LABELS[key]
        rules = derive(key)
        assert rules == sorted(DESIGN[key]), (key, rules, DESIGN[key])
        covered |= set(rules)
        # no label value on a threshold
        for k, th in TH.items():
            assert t[k] is None or abs(t[k] - th) > 1e-9, (key, k)
        if t["contract_kind"] == G:
            share = tco_share(key)[0]
            assert abs(share - TCO_SHARE_TH) > 2, (key, share)
        text = read_back(OUT / name)
        n = len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        assert lo <= n <= hi, (key, n)
        hits = scan(text)
        assert not hits, (key, hits)
        stem = name.rsplit(".", 1)[0]
        (OUT / (stem + ".json")).write_text(label_json(key), encoding="utf-8")
        extra = ""
        if t["contract_kind"] == G:
            share, tco = tco_share(key)
            extra = "TCO %.0f, share %.2f %%" % (tco, share)
        print("%s %s %d %s %s %s" % (key, name, n, "zh chars" if lang == "zh" else "words", risk(rules),
                                      ",".join(r[3:] for r in rules) or "(none)"), extra)
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    mixes = [k for k in NAMES if len(DESIGN[k]) in (2, 3) and k not in ("e01",)]
    assert len(mixes) == 6, mixes
    assert DESIGN["e01"] == ["CR-GOVERNING-LAW"] and 8 <= len(DESIGN["z05"]) <= 10
    assert [k for k in NAMES if not DESIGN[k]] == ["z01", "e03"]
    print("all checks passed; rules covered:", len(covered))


if __name__ == "__main__":
    main()
