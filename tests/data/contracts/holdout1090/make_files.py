"""holdout1090: builds the ten blind held-out draft contracts and their .json labels, and checks them.

Run from this folder:  /work/main/.venv/bin/python -B make_files.py
- .txt / .md files are written from the sources below; .docx / .pdf are built with ../word_pdf.py.
- Every built file is read back (txt/md: file text; docx: paragraphs + table rows; pdf: pypdf) and its length is
  asserted (Chinese 2,750-3,000 non-whitespace characters; English 1,450-1,650 whitespace-separated words).
- No label value may sit on a policy threshold and no built text may state a threshold figure (regex scan,
  self-tested, of the raw, whitespace-collapsed and whitespace-free read-back text).
- Each draft's rules are derived from its label with this folder's reading of policy section 3, compared with the
  design list, and the coverage of all 20 CR rules is asserted.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:兽药监管平台建设项目合同书
P:合同编号：NYNC-ZFCG-2026-117    采购方式：公开招标（政府采购）
P:甲方（采购人）：溪源市农业农村局
P:乙方（供应商）：杭州禾安数智科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件，双方就溪源市兽药监管平台软件许可及定制开发事宜，经协商一致，订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供兽药监管平台软件（含兽药经营企业备案、兽药追溯、监督抽检、执法检查四个子系统）的永久使用许可，授权范围为甲方及其下属县（区）农业农村部门，用户数不限。
P:1.2 乙方按甲方需求完成定制开发：国家兽药追溯码数据对接、执法检查移动端、兽药经营企业网上申报、监管数据统计分析驾驶舱，以及与省级平台的数据交换接口。
P:1.3 乙方负责历史备案数据迁移、系统部署、联调测试、试运行及甲方人员培训。
P:1.4 乙方应保证平台兼容国产操作系统、数据库和中间件，满足信创适配要求，并与甲方现有统一身份认证平台实现单点登录。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰零叁万元整（¥2,030,000），其中：平台软件许可费¥1,180,000；定制开发费¥640,000；数据迁移费¥118,000；部署实施及培训费¥92,000。
P:2.2 上述价款为固定总价，已包含税费、差旅、第三方组件费用及质保期内全部服务费用，甲方不再支付其他任何费用。
H:第三条 付款方式
P:3.1 合同签订并由乙方提交等额银行保函后二十个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 系统通过初步验收后，甲方支付合同总价的45%。
P:3.3 系统通过最终验收后，甲方支付合同总价的35%。
P:3.4 乙方每次收款前应开具合法有效的增值税发票。甲方付款受财政资金拨付进度影响的，双方另行协商，但不构成甲方违约。
H:第四条 交付与进度
P:4.1 乙方应于合同签订后九十日内完成部署和定制开发，具备初步验收条件；初步验收后进入六十日试运行期。
P:4.2 乙方应指定项目经理一名驻场，未经甲方同意不得更换。项目经理应具备同类项目实施经验，并对实施质量和进度负责。
P:4.3 乙方应在合同签订后十日内提交项目实施方案和进度计划，经甲方确认后执行；实施期间每周向甲方书面报告进度、问题及下一步安排。甲方有权检查实施过程，发现问题的，乙方应按甲方要求及时整改。
P:4.4 乙方应为市局及各县（区）用户举办不少于三期集中培训，每期不少于两天，提供培训教材和操作视频，确保用户能够独立完成日常业务操作和基础维护。
H:第五条 验收
P:5.1 初步验收标准：招标文件及合同所列功能全部实现；迁移数据与原数据逐条比对一致；追溯码对接接口连续十日无差错；在三百个并发用户下，常用页面响应时间不超过2秒；系统通过第三方机构的安全测评。
P:5.2 最终验收标准：试运行期内未发生一级故障，初步验收遗留问题全部整改完毕，乙方已提交源代码、数据库设计文档、操作手册和运维手册。
P:5.3 验收由甲方组织，必要时邀请专家参加，双方签署验收报告。系统上线使用、甲方支付款项均不视为验收合格。
P:5.4 验收不合格的，乙方应在二十日内完成整改并重新申请验收，由此产生的费用由乙方承担；两次验收仍不合格的，甲方有权解除合同。
H:第六条 质量保证
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、技术支持和现场服务。
P:6.2 质保期满后，如甲方需要，乙方提供年度维护服务，年度维护费不超过平台软件许可费的8.5%（即每年不超过¥100,300），且质保期满后三年内不得上调。维护服务合同由双方另行签订，不自动续期。
H:第七条 服务水平
P:7.1 系统月可用率不低于99.95%（计划内维护除外，计划内维护须提前三日通知甲方）。
P:7.2 一级故障（系统整体不可用或核心业务中断）乙方应在30分钟内响应，2小时内到场，8小时内恢复；二级故障2小时内响应，24小时内解决；三级故障于下一工作日内解决。
P:7.3 乙方每迟延响应或迟延恢复一小时，甲方可扣减违约金¥1,000；月可用率每低于承诺值0.01个百分点，扣减¥2,000，从应付款或履约保证金中扣除。
H:第八条 知识产权
P:8.1 平台软件的原有知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 本合同项下定制开发的程序、接口、源代码、数据库脚本及相关文档的知识产权归甲方所有，甲方有权自行或委托第三方修改、使用。
P:8.3 乙方保证交付物不侵犯任何第三方的合法权利，因侵权引起的纠纷由乙方负责并承担全部责任。
H:第九条 数据安全
P:9.1 平台存储的兽药企业信息、追溯数据、抽检和执法数据均属于甲方所有，乙方仅可为履行本合同使用，不得用于任何其他目的，不得向第三方提供。
P:9.2 乙方应遵守《数据安全法》《个人信息保护法》及网络安全等级保护要求，运维操作须经甲方审批并通过堡垒机进行，不得将数据拷贝出甲方机房。
P:9.3 发生数据泄露、篡改或丢失的，乙方应在2小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任。
H:第十条 保密
P:10.1 乙方对履约中知悉的甲方工作秘密、执法信息及企业商业信息负有保密义务，未经甲方书面同意不得披露。保密义务在合同终止后继续有效。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期完成验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:11.2 乙方交付的系统不符合合同约定的，应在甲方要求的期限内免费整改；整改后仍不合格的，甲方可以解除合同。
P:11.3 甲方无正当理由逾期付款的，按中国人民银行同期贷款利率支付利息。
P:11.4 乙方违反第九条约定的，除赔偿损失外，甲方有权暂停支付未付款项，并将相关情况记入供应商履约评价。
H:第十二条 履约保证金与不可抗力
P:12.1 乙方应在合同签订前向甲方提交合同总价5%的履约保证金，最终验收合格后无息退还；乙方应付违约金或赔偿金的，甲方可从履约保证金中直接扣除。
P:12.2 因地震、洪水、战争等不可抗力不能履行合同的，受影响一方应及时通知对方，并在十日内提供证明，按不可抗力影响程度部分或全部免除责任。
H:第十三条 分包
P:13.1 本项目不允许分包或转包。
H:第十四条 合同解除
P:14.1 乙方严重违约，经甲方书面通知后十日内未能纠正的，甲方有权解除合同，并要求乙方退还已付款项、赔偿损失。
P:14.2 因不可抗力致使合同目的无法实现的，任何一方均可解除合同。
H:第十五条 争议解决
P:15.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十六条 其他
P:16.1 招标文件、投标文件、中标通知书为本合同组成部分。本合同一式六份，甲方四份，乙方二份，经双方签字盖章后生效。
P:16.2 本合同附件包括：附件一 功能需求清单；附件二 定制开发需求说明书；附件三 分项报价表；附件四 服务响应承诺。附件与正文不一致的，以正文为准。
P:16.3 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
P:甲方（盖章）：____________    乙方（盖章）：____________
P:签订日期：2026年 月 日
"""
Z02 = """T:生产线控制系统改造项目合同
P:合同编号：JD-SB-2026-0418
P:甲方：永康市锋利达电动工具有限公司（电动剪刀厂）
P:乙方：宁波启衡自动化工程有限公司
P:甲方拟对其电动剪刀总装线、刀片热处理线和包装线的控制系统进行改造升级。经比价谈判，甲方确定由乙方承担本项目。双方根据《中华人民共和国民法典》，订立本合同。
H:第一条 项目范围
P:1.1 乙方负责三条生产线控制系统的设计、供货、安装、编程、调试和培训，包括更换PLC控制柜、伺服驱动器和触摸屏人机界面，新增工业交换机及边缘采集网关，部署产线监控组态软件。
P:1.2 乙方负责开发产线数据采集程序及与甲方现有MES系统的接口，实现工单下达、产量计数、设备状态和质量数据的自动上传。
P:1.3 改造应利用甲方计划停产检修时间分线实施，每条线停线时间不超过七日，不得影响其余生产线正常生产。
P:1.4 技术要求：PLC应采用主流品牌中高端型号，I/O点位预留不少于两成余量；伺服系统定位精度满足刀片装配工位要求；人机界面支持中文操作、配方管理和报警记录查询；边缘网关支持断网缓存，恢复后自动补传数据。
P:1.5 乙方应在实施前完成现场勘察，提交改造设计方案、停线实施计划和回退方案，经甲方生产、设备和信息部门会签后方可施工。
H:第二条 合同价格
P:2.1 本合同总价为人民币壹佰捌拾玖万贰仟元整（¥1,892,000），明细见下表：
TB:序号|项目|数量|金额（元）
TB:1|PLC控制柜（含CPU、I/O模块）|6套|498,000
TB:2|伺服驱动器及电机|42套|436,800
TB:3|触摸屏人机界面|9台|63,000
TB:4|工业交换机及边缘采集网关|12台|118,200
TB:5|产线监控组态软件许可（永久）|1套|370,000
TB:|设备及软件小计||1,486,000
TB:6|安装调试|1项|168,000
TB:7|数据采集程序及MES接口开发|1项|214,000
TB:8|操作及维护培训|1项|24,000
TB:|合计||1,892,000
P:2.2 上述价格为含税固定价格，包含运输、保险、安装辅材及乙方人员费用。
P:2.3 合同履行期间，因甲方书面要求增加或减少工作量的，双方按分项单价另行签订补充协议调整价款；未经甲方书面确认的额外工作，甲方不予支付。
H:第三条 付款
P:3.1 合同生效后十个工作日内，甲方支付合同总价的10%作为预付款。
P:3.2 设备到货并安装完成后，甲方支付合同总价的55%。到货及安装签收仅表示数量与外观无误，不视为验收。
P:3.3 三条生产线全部通过最终验收后，甲方支付合同总价的35%。
P:3.4 乙方应在每期付款前开具增值税专用发票。
P:3.5 甲方有权从应付款项中直接扣除乙方应支付的违约金和赔偿金。
H:第四条 交付与工期
P:4.1 乙方应在合同生效后四十五日内将全部设备运抵甲方厂区，并在甲方通知的停产检修期内完成安装调试。
P:4.2 乙方逾期交货或逾期完成调试的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:4.3 乙方应为每条生产线配备不少于两名调试工程师，并指定一名项目负责人全程驻厂，负责与甲方生产部门的协调。乙方更换项目负责人须经甲方同意。
P:4.4 因甲方未按约定安排停产检修时间导致工期延误的，工期相应顺延，乙方不承担违约责任。
H:第五条 验收
P:5.1 每条生产线调试完成后进行单线验收，标准为：控制功能与技术协议一致；节拍不低于改造前水平；连续七十二小时带料运行无停机故障；设备状态、产量数据与MES记录逐条一致。
P:5.2 三条线全部单线验收合格并稳定运行三十日后，进行最终验收。乙方应提交电气图纸、PLC程序及注释、组态工程文件、接口源代码和操作维护手册。
P:5.3 验收不合格的，乙方应在十日内整改并重新验收，费用由乙方承担。生产线投入使用不视为验收合格。
H:第六条 质保与维保
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内设备及软件出现质量问题的，乙方免费维修或更换。
P:6.2 质保期满后，乙方提供年度维保服务，年度维保费为设备及软件小计的7.5%，即每年¥111,450，质保期满后三年内保持不变。
P:6.3 一级故障（生产线停机）乙方应在8小时内响应，并在到场后尽快排除；二级故障（单台设备异常、数据中断）在24小时内响应，三个工作日内解决。
P:6.4 乙方每迟延响应一小时，向甲方支付¥500，从维保费或应付款中扣除。
P:6.5 培训：乙方应对甲方电气维修人员和产线班组长进行培训，内容包括控制系统原理、PLC程序结构、常见故障处理、人机界面操作和备件更换，培训结束后进行考核，确保甲方人员能够独立处理一般故障。
P:6.6 质保期内乙方应每季度上门巡检一次，检查控制柜、伺服系统及网关运行状况，并提交巡检报告。
H:第七条 知识产权
P:7.1 组态软件的知识产权归其权利人所有，甲方获得永久使用许可。
P:7.2 乙方为本项目编写的PLC程序、数据采集程序、MES接口程序及其源代码和文档归甲方所有，甲方可自行修改或交由第三方维护。
H:第八条 数据安全
P:8.1 生产线运行数据、工艺参数和质量数据均属于甲方所有，乙方仅为实施和维保使用，不得复制、留存或向第三方提供。
P:8.2 乙方远程维护须经甲方逐次批准，通过甲方指定的VPN接入并全程记录；乙方应采取措施防止病毒和恶意程序进入甲方工控网络。
P:8.3 因乙方原因导致数据泄露、丢失或工控网络受到攻击的，乙方应在2小时内通知甲方，并承担由此造成的全部损失。
P:8.4 合同终止或维保服务结束后，乙方应删除其持有的甲方数据副本，并向甲方出具书面确认。
H:第九条 保密
P:9.1 双方对在合作中获知的对方技术资料、工艺参数、价格信息等商业秘密负有保密义务，未经对方书面同意不得向第三方披露，保密期至合同终止后三年。
P:9.2 乙方应要求参与本项目的全部人员签署保密承诺书，并对其人员的泄密行为承担责任。
H:第十条 分包
P:10.1 乙方可将电气安装、桥架布线等辅助工作分包给具有相应资质的单位，但应提前五个工作日书面通知甲方，并对分包单位的工作质量和安全承担责任。
H:第十一条 安全生产
P:11.1 乙方人员进入甲方厂区应遵守甲方安全生产管理制度，因乙方原因发生的安全事故由乙方负责。
P:11.2 因地震、台风、洪水等不可抗力不能按期履行的，受影响一方应及时通知对方并提供证明，工期相应顺延。
H:第十二条 违约与解除
P:12.1 乙方交付的设备或软件存在重大质量缺陷，经甲方书面通知后十五日内仍未修复的，或乙方逾期超过三十日的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
P:12.2 甲方逾期付款的，按未付金额每日万分之三支付逾期利息。
P:12.3 乙方拆除的旧控制柜、旧伺服设备归甲方所有，乙方应按甲方指定地点分类堆放并登记造册，不得擅自处置。
P:12.4 乙方施工造成甲方设备、模具或产品损坏的，应照价赔偿。
H:第十三条 法律适用与争议
P:13.1 本合同适用中华人民共和国法律。争议协商不成的，提交金华仲裁委员会仲裁。
H:第十四条 其他
P:14.1 本合同自双方签字盖章之日起生效，一式四份，双方各执两份。技术协议为本合同附件，与本合同具有同等效力。
P:14.2 本合同未尽事宜，双方协商签订补充协议。合同附件包括：技术协议、设备清单、停线实施计划、验收大纲。
P:甲方（盖章）：__________    乙方（盖章）：__________
"""
Z03 = """预约排课与会员管理SaaS服务合同

合同编号：SDJY-IT-2026-052
甲方：书度教育科技（成都）有限公司（书度阅读连锁，直营门店35家）
乙方：成都云课通信息技术有限公司

甲方经营青少年阅读培训连锁业务，为统一各门店的课程预约、排课、会员储值和家长端服务，经比选，决定订购乙方的"云课通"SaaS服务并委托乙方实施。双方经协商一致，订立本合同。

一、服务内容
（一）订阅服务。乙方通过其云平台向甲方35家门店提供以下功能：
1. 课程预约与智能排课（教室、教师、课时冲突校验）；
2. 会员档案、储值卡、课时包与续费提醒；
3. 家长端微信小程序（约课、请假、课后阅读打卡、消息通知）；
4. 门店经营报表与总部数据看板。
（二）实施服务。乙方负责：将甲方现有会员、课时余额和排课数据从原有系统迁移至平台；按甲方品牌风格定制家长端小程序页面；配置总部与门店的权限体系；对甲方总部人员及各门店店长、前台进行培训。
（三）账号规模。订阅按门店计费，每家门店含前台、教师及店长账号合计不超过二十个，家长端用户数不限。
（四）培训。乙方应在上线前为总部运营人员举办两次集中培训，为每家门店的店长和前台提供线上培训及操作考核；上线后首月内，乙方应安排实施顾问每日在线答疑，并对新开门店提供远程开通和培训。
（五）平台升级。乙方对平台标准功能的升级免费提供给甲方。升级导致甲方已使用功能减少或操作方式重大变化的，应提前二十日通知甲方并提供过渡方案。
（六）客户成功服务。乙方应为甲方指定一名客户成功经理，每季度提交平台使用分析报告，内容包括各门店排课利用率、会员续费率和系统问题汇总，并与甲方召开季度服务回顾会。

二、服务期限
（一）本合同服务期为两个服务年度，第一个服务年度自平台上线验收合格之日起算，第二个服务年度紧随其后。
（二）本合同期满前二十日内，任何一方未书面提出不再续订的，合同自动续期一个服务年度，续期可多次发生。续期时乙方有权根据市场情况及运营成本调整服务费单价，调整幅度不超过上一服务年度单价的8%，乙方书面通知甲方后即按调整后的价格执行。

三、费用及支付
（一）订阅服务费：每家门店每个服务年度¥9,600，35家门店每个服务年度合计¥336,000，两个服务年度合计¥672,000。
（二）实施服务费：¥86,000，为一次性固定费用。
（三）本合同总价为¥758,000（大写：柒拾伍万捌仟元整）。
（四）支付方式：
1. 实施服务费在平台上线验收合格后十五个工作日内一次性支付；
2. 每个服务年度的订阅服务费于该服务年度开始后十个工作日内支付；
3. 合同期内门店增加的，新增门店按剩余月份折算计费；门店关闭的，自次月起停止计费。
（五）乙方应在收款前开具增值税专用发票。
（六）本合同价款已包含平台使用、数据存储、短信及小程序消息推送等全部费用，乙方不得另行收费。

四、上线与验收
（一）乙方应在合同签订后四十五日内完成数据迁移、配置和小程序上线。
（二）上线验收标准：
1. 迁移后会员人数、储值余额、课时余额与原系统逐一核对一致；
2. 合同约定功能在全部门店可正常使用；
3. 排课冲突校验准确，高峰时段（周六上午）单店并发操作时页面响应不超过2秒；
4. 小程序通过微信审核并正式发布。
（三）甲方在收到乙方验收申请后七个工作日内组织验收并签署验收单。门店试用平台不视为验收合格。
（四）验收不合格的，乙方应在五个工作日内整改后重新提交验收。
（五）乙方未按期完成上线的，每逾期一日，向甲方支付违约金¥600。
（六）上线前乙方应提供完整的数据迁移方案及回退方案，迁移期间原系统保持只读可用，确保门店不停业。迁移出现数据差异的，乙方应在两个工作日内查明原因并修正。

五、服务水平
（一）平台月可用率不低于99.5%，计划内维护应安排在每日二十二时至次日七时之间，并提前二十四小时通知甲方。
（二）故障分级及响应：
1. 一级故障（平台无法登录、预约或收费功能不可用）：1小时内响应，6小时内恢复；
2. 二级故障（部分功能异常）：3小时内响应，次日内解决；
3. 一般问题：一个工作日内答复。
（三）服务补偿：月可用率低于承诺值的，每低0.5个百分点，按当月订阅服务费的5%给予服务抵扣，最高抵扣当月订阅服务费的一半；一级故障超时未恢复的，每超过一小时另行抵扣¥300。抵扣金额从下一期订阅服务费中扣除。

六、数据归属与数据安全
（一）甲方及其会员、家长、学员的全部数据（包括个人信息、交易记录、学习记录）归甲方所有。乙方仅为向甲方提供本合同服务而处理该等数据，不得用于其他任何目的，不得向第三方提供。
（二）乙方应按照网络安全等级保护第三级要求运行平台，对个人信息加密存储、分级授权，并保留操作日志不少于六个月。
（三）发生数据泄露或疑似泄露的，乙方应在2小时内通知甲方，配合调查和通知受影响的个人，并承担因乙方原因造成的全部损失，包括监管机关的罚款。
（四）合同终止后三十日内，乙方应按甲方要求导出全部数据交付甲方，并在交付后彻底删除。

七、保密
双方对在合作中获知的对方商业信息、技术信息和经营数据负有保密义务，未经对方书面同意不得披露。保密义务不因合同终止而解除。乙方应限定接触甲方经营数据的人员范围，并要求其签署保密承诺；一方违反保密义务的，应赔偿对方因此遭受的损失。

八、知识产权
（一）云课通平台及其标准功能的知识产权归乙方所有，甲方在服务期内享有使用权。
（二）乙方为甲方定制的小程序页面设计、品牌素材、专属报表模板归甲方所有，甲方可自由使用、修改或交由第三方开发。

九、分包
乙方不得将本合同服务分包或转包给第三方；确需将部分实施工作交由第三方完成的，应事先取得甲方书面同意。

十、甲方义务
（一）甲方应指定项目联系人，及时提供迁移所需的原系统数据、品牌素材和门店信息，并组织门店人员参加培训。
（二）甲方应妥善保管账号和密码，因甲方人员泄露账号造成的损失由甲方自行承担，但乙方平台存在安全缺陷的除外。

十一、责任限制
乙方因本合同承担的累计赔偿责任以本合同总价的两倍为限，但因乙方故意、重大过失或违反第六条造成的损失不受此限。

十二、合同解除
（一）乙方严重违约，经甲方书面催告后十日内仍未改正的，甲方有权解除合同，乙方应退还甲方已付但未使用期间的服务费。
（二）连续三个月月可用率低于承诺值的，甲方可以解除合同。
（三）合同解除或期满终止的，乙方应按本合同第六条第（四）项交付数据，并在数据交付前保持平台只读访问不少于三十日，不另行收费。

十三、法律适用与争议
本合同适用中华人民共和国法律。争议由双方协商解决；协商不成的，任何一方可向甲方所在地人民法院提起诉讼。争议处理期间，双方应继续履行本合同其他条款。

十四、其他
（一）本合同一式两份，双方各执一份，自双方签章之日起生效。
（二）本合同附件包括：功能清单、实施计划、数据迁移方案、门店清单。附件与正文不一致的，以正文为准。
（三）任何一方的通知应以书面形式发送至本合同载明的地址或电子邮箱，电子邮件发出即视为送达。

甲方（盖章）：            乙方（盖章）：
日期：                    日期：
"""
Z04 = """机场噪声监测系统运维服务合同

项目名称：机场噪声监测系统2027年度运维服务
采购方式：竞争性磋商
合同编号：MHJG-CG-2026-093
甲方（采购人）：中国民用航空青川监管局
乙方（成交供应商）：北京声衡环境科技有限公司

根据《中华人民共和国政府采购法》《中华人民共和国民法典》、本项目竞争性磋商文件及乙方响应文件，双方就青川机场噪声监测系统年度运维服务事宜，订立本合同。

第一条 服务范围
（一）运维对象：青川机场周边18个噪声自动监测子站（含声级计、传声器、气象传感器、数据采集器、供电及通信设备）、监测中心数据平台、航迹关联分析软件及对外信息发布模块。
（二）服务内容：子站定期巡检与清洁维护；传声器年度校准及声级计检定送检；故障设备维修和备品备件更换；数据平台运行监控、数据备份、系统补丁及安全加固；月度、季度及年度噪声监测报告编制；配合甲方开展投诉调查和专项监测。
（三）乙方应派驻一名运维工程师常驻监测中心，工作日到岗，节假日安排值守。
（四）备品备件管理：乙方应在监测中心储备传声器、前置放大器、数据采集器、通信模块及蓄电池等常用备件，建立备件台账，每月向甲方报送备件消耗和库存情况。更换下来的旧件归甲方所有，由乙方登记后交甲方处置。
（五）运维档案：乙方应建立完整的运维档案，包括巡检记录、故障处理记录、校准记录、检定证书及软件变更记录，服务期满时移交甲方。

第二条 服务期限
服务期自2027年1月1日起至2027年12月31日止。服务期满，合同自然终止，双方如需继续合作，应按政府采购程序另行确定。

第三条 合同价款
（一）本合同总价为人民币柒拾壹万柒仟贰佰元整（¥717,200），包括：
1. 子站巡检维护：18站×¥19,800＝¥356,400；
2. 数据平台运维：¥128,000；
3. 校准及检定：18站×¥3,600＝¥64,800；
4. 备品备件包干：¥72,000；
5. 驻场运维人员：¥96,000。
（二）合同总价为固定价格，包含人工、交通、检定送检、备件、税费等全部费用。单次维修所需备件超出包干范围的，乙方应事先报甲方批准，按响应文件所列单价结算。
（三）服务期内甲方新增监测子站的，按第1项及第3项单价折算增加服务费，双方另行签订补充协议。

第四条 付款方式
（一）本合同不设预付款。
（二）服务费按季度支付。每季度结束后，甲方依照第六条组织季度考核，考核合格后十五个工作日内支付当季服务费（合同总价的四分之一），考核扣减的金额在当季服务费中扣除。
（三）乙方应在每次付款前向甲方开具合法有效的发票。

第五条 服务标准
（一）系统可用性：监测中心数据平台月可用率不低于99.95%；单个子站的数据中断应及时处理，因恶劣天气、停电等非乙方原因造成的数据缺失不计入考核。
（二）故障响应：
1. 一级故障（数据平台停止运行、三个及以上子站同时中断）：乙方应在30分钟内响应，2小时内到达现场，8小时内恢复；
2. 二级故障（单个子站中断或数据异常）：2小时内响应，24小时内修复；
3. 三级故障（非关键功能异常）：3个工作日内修复。
（三）校准要求：传声器每季度进行一次现场声校准，声级计每年送法定计量机构检定，检定证书复印件报甲方备案。
（四）报告要求：月报于次月五日前提交，季报于季度结束后十日内提交，年报于服务期满后二十日内提交。报告内容应包括各子站噪声评价量统计、超标情况分析、航班架次关联及设备运行情况。
（五）专项配合：甲方因处理居民投诉或开展专项评估需要临时加密监测的，乙方应在接到通知后两个工作日内完成移动监测设备布设，并在监测结束后五个工作日内提交专项报告，费用包含在合同总价内，每年不超过六次。

第六条 考核与验收
（一）甲方按季度对乙方服务进行考核，考核指标包括：平台月可用率、子站有效数据获取率、故障响应及修复时效、巡检和校准完成率、报告按期提交率及质量。考核结果分为合格和不合格。
（二）乙方未达到第五条服务标准的，按下列方式扣减服务费：平台月可用率每低于承诺值0.01个百分点，扣减¥1,000；一级故障每迟延响应或迟延恢复一小时，扣减¥800；二级故障每超时一小时，扣减¥200；报告每迟交一日，扣减¥300。
（三）服务期满后，甲方组织年度验收，以全年季度考核结果、年度报告、设备完好率及运维档案完整性为验收依据，并出具验收意见。季度考核连续两次不合格的，年度验收不予通过。

第七条 违约责任
（一）乙方未按约定期限完成年度检定送检或未按期进场开展服务的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）因乙方维护不当造成监测设备损坏的，乙方应负责修复或按原价赔偿。
（三）甲方无正当理由逾期支付服务费的，按国家有关规定承担责任。

第八条 数据归属与使用
（一）噪声监测原始数据、统计结果、航迹关联数据及各类监测报告归甲方所有，未经甲方同意，乙方不得对外发布。
（二）在不披露机场名称和具体点位的前提下，乙方可将脱敏后的噪声监测数据用于其产品研发、算法训练及行业研究，并可在合同期满后继续使用。

第九条 数据安全
（一）乙方应遵守《中华人民共和国数据安全法》《中华人民共和国网络安全法》，落实数据平台网络安全等级保护措施，对平台账号实行最小权限管理，操作日志保存不少于六个月，每日对监测数据进行备份。
（二）乙方远程访问数据平台须经甲方批准，并通过甲方指定的安全通道进行；不得在平台上安装与运维无关的软件。
（三）发生数据丢失、篡改、泄露或网络攻击事件的，乙方应在1小时内报告甲方，立即采取处置措施；因乙方原因造成的，乙方承担全部责任和由此产生的损失。

第十条 知识产权
乙方在服务期间编制的监测报告、运维文档、数据处理脚本及为甲方开发的统计模板，知识产权归甲方所有，甲方可自由使用和修改。

第十一条 分包
乙方不得将本合同服务转包或分包给任何第三方。声级计检定由法定计量机构实施，不属于分包。

第十二条 安全管理
乙方人员进入机场控制区的，应遵守机场安全管理规定，办理通行证件，并服从甲方管理；因乙方人员违规造成的后果由乙方承担。乙方应为驻场及巡检人员购买意外伤害保险。

第十三条 合同解除
（一）乙方严重违约，或季度考核连续两次不合格，经甲方书面通知后十日内未能改正的，甲方有权解除合同，并按实际服务时间结算费用，乙方赔偿由此造成的损失。
（二）因不可抗力致使合同无法履行的，双方均可解除合同，互不承担违约责任。
（三）合同解除或期满后，乙方应在十日内移交运维档案、备品备件、平台账号权限及全部监测数据，并配合后续运维单位完成交接。

第十四条 争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，依法向甲方所在地人民法院提起诉讼。
第十五条 通知
双方的通知以书面形式送达合同首部载明的地址，或发送至双方指定的电子邮箱。一方变更联系方式的，应在三日内书面通知对方。

第十六条 其他
（一）竞争性磋商文件、乙方响应文件及成交通知书为本合同的组成部分。
（二）本合同一式四份，甲方三份，乙方一份，自双方签字盖章之日起生效。

甲方（盖章）：                  乙方（盖章）：
法定代表人或授权代表：          法定代表人或授权代表：
签订日期：
"""
Z05 = """# 匠迹工艺过程管理系统 软件许可及定制开发合同

**（广州匠迹软件有限公司 标准合同文本 JJ-HT-2025版）**

合同编号：JJ-2026-0311

甲方：潮州市瓷韵嵌瓷剪瓷雕工作室

乙方：广州匠迹软件有限公司

甲方为管理剪瓷雕作品从设计、选瓷、剪瓷、粘贴到安装的全过程，决定采用乙方的"匠迹工艺过程管理系统"。双方根据《中华人民共和国民法典》，经平等协商，签订本合同。

## 第一条 产品与服务

1.1 乙方向甲方提供匠迹工艺过程管理系统标准版软件许可，含作品档案、工序流转、瓷片物料、工时记录、客户订单和移动端拍照记录六个模块，授权用户二十个。

1.2 乙方根据甲方需求进行定制开发，包括：剪瓷雕工序模板（起稿、打坯、剪瓷、粘贴、修饰、安装）、作品成品照片与过程影像归档、古建修缮项目现场进度记录、瓷片色号与库存关联。

1.3 乙方负责系统安装部署、基础数据初始化及甲方人员操作培训。

1.4 系统采用本地部署方式，运行于甲方自备的服务器上。服务器、操作系统、数据库、网络设备及移动终端由甲方自行采购，不在本合同范围内。乙方提供部署环境配置建议。

1.5 移动端支持安卓和苹果手机，工匠可在作业现场拍摄剪瓷、粘贴等关键工序照片并上传，系统自动关联作品档案和工序节点。

1.6 本合同所列定制开发内容以乙方确认的《需求确认书》为准，《需求确认书》以外的需求不属于本合同范围。

## 第二条 合同金额

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 匠迹工艺过程管理系统标准版软件许可（永久，二十用户） | 168,000 |
| 2 | 定制开发（工序模板、影像归档、现场进度、瓷片库存关联） | 62,000 |
| 3 | 安装部署、数据初始化及培训 | 18,000 |
| | 合计 | 248,000 |

合同总金额为人民币贰拾肆万捌仟元整（¥248,000），含增值税。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总金额的65%，即¥161,200。乙方收到该款项后安排项目启动。

3.2 系统上线运行后五个工作日内，甲方支付合同总金额的35%，即¥86,800。

3.3 甲方逾期付款的，每逾期一日按逾期金额的千分之一支付违约金，乙方有权暂停服务直至甲方付清款项。

3.4 乙方在收到每期款项后十个工作日内开具增值税普通发票。

## 第四条 实施周期

4.1 乙方在收到首期款后六十日内完成安装部署和定制开发，并安排上线。

4.2 甲方应及时提供工序资料、历史作品照片及物料数据，并安排人员配合测试。因甲方原因导致延误的，实施周期相应顺延。

4.3 乙方未按期上线的，每逾期一日，按合同总金额的万分之二向甲方支付违约金，违约金总额不超过合同总金额的5%。

4.4 乙方为甲方提供一次现场集中培训，时长一天，培训对象为甲方管理人员和工匠代表，乙方提供电子版操作手册。额外培训按乙方人员每人每天¥2,600另行收费。

## 第五条 上线与验收

5.1 系统安装部署完成并在甲方环境中上线运行后，即视为甲方验收合格。

5.2 甲方在上线后提出的功能调整需求，乙方可视情况另行报价。

## 第六条 免费维护期

6.1 免费维护期为六个月，自系统上线之日起计算。免费维护期内，乙方提供远程技术支持和程序缺陷修复。

6.2 维护期内的故障分为一级（系统无法使用）和二级（部分功能异常）。一级故障乙方在2小时内响应，二级故障在一个工作日内响应，乙方将尽力在合理时间内修复。

6.3 因故障导致的停机或数据延迟，乙方不承担扣款、赔偿或违约金，甲方不得以此为由拒付或扣减款项。

6.4 下列情形不属于免费维护范围：甲方自行修改系统配置或数据库导致的故障；服务器、网络、操作系统或其他第三方软件引起的问题；病毒感染、断电及不可抗力造成的损坏；甲方要求的功能变更。乙方处理上述问题的，按其收费标准另行收费。

6.5 乙方提供工作日九时至十八时的电话和远程支持，节假日不提供服务。

## 第七条 维护服务费

7.1 免费维护期满后，甲方应向乙方购买年度维护服务，年度维护服务费为软件许可费的28%，即每年¥47,040，按年预付。

7.2 年度维护服务包括远程支持、缺陷修复和标准版本升级，不包括定制功能的修改和新增开发。

7.3 甲方未购买年度维护服务的，乙方不再提供任何技术支持，且不保证系统与新版本操作系统的兼容性。

7.4 甲方中断购买年度维护服务后重新购买的，应补缴中断期间的维护服务费，并承担版本升级所需的实施费用。

## 第八条 知识产权

8.1 匠迹工艺过程管理系统及其全部版本的知识产权归乙方所有。

8.2 乙方为甲方定制开发的工序模板、功能模块、程序及源代码等成果，知识产权均归乙方所有。甲方在本合同约定范围内享有非独占的使用权，不得修改、复制、反向工程或交由第三方使用。

8.3 乙方有权将定制开发成果纳入其标准产品，向其他客户提供。

8.4 甲方使用本系统过程中提出的改进建议，乙方有权无偿采纳并用于其产品。

## 第九条 数据

9.1 甲方录入系统的作品档案、客户订单和工艺数据归甲方所有。

9.2 乙方可在去除客户姓名和联系方式后，将甲方的工艺过程数据、作品照片和过程影像用于产品改进、行业分析及乙方的市场宣传案例，该使用权在合同终止后继续有效。

9.3 乙方对系统采取访问控制、数据加密和定期备份等安全措施。发生数据泄露或丢失的，乙方应在发现后二十四小时内通知甲方，并对因乙方原因造成的损失承担赔偿责任。

9.4 合同终止后，甲方可在三十日内自行导出其作品档案和订单数据；逾期未导出的，乙方有权删除，不承担责任。

## 第十条 保密

双方对在合作过程中获知的对方商业秘密、技术资料和客户信息负有保密义务，未经对方书面同意不得向第三方披露。保密期限为合同终止后三年。一方违反保密义务的，应赔偿对方因此受到的直接损失。

## 第十一条 违约责任

11.1 任何一方违反本合同约定的，应承担相应的违约责任。

11.2 乙方不承担任何间接损失、利润损失或商誉损失。

11.3 因不可抗力、网络运营商故障、第三方软件缺陷或政府行为导致合同不能履行的，乙方不承担责任。

## 第十二条 合同解除

12.1 一方严重违反本合同约定，经对方书面催告后二十日内仍未纠正的，守约方有权书面通知解除本合同。

12.2 合同因甲方原因解除的，乙方已收取的款项不予退还。

12.3 合同解除后，甲方应立即停止使用本系统及定制开发成果，并删除其全部安装副本。

## 第十三条 争议解决

因本合同产生的争议，双方应友好协商；协商不成的，任何一方均可向乙方所在地人民法院提起诉讼。

13.2 争议处理期间，除争议事项外，双方应继续履行本合同其他条款。

## 第十四条 其他

14.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

14.2 本合同为乙方标准合同文本，双方另有书面约定的，以书面约定为准。

14.3 本合同附件：《需求确认书》《软件许可授权书》《维护服务说明》。附件与本合同具有同等效力，附件与正文不一致的，以正文为准。

14.4 双方往来通知可通过电子邮件或微信发送，发送即视为送达。

甲方（签章）：__________　　乙方（签章）：__________

日期：______年____月____日
"""
E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. BRF-CN-2026-014
P:This Software Licence and Services Agreement (the "Agreement") is made between Breffni Asset Systems Limited, a company incorporated in Ireland with its registered office at Farnham Street, Cavan, County Cavan, Ireland (the "Vendor"), and Hulunbuir Grassland Dairy Co., Ltd., a company established in the People's Republic of China with its registered address in Hailar District, Hulunbuir, Inner Mongolia (the "Buyer").
P:The Buyer operates three milk processing plants and wishes to replace its paper-based maintenance records with an enterprise asset management system. The Vendor develops and licenses the Breffni EAM software. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the Breffni EAM application, version 9, comprising the work order, preventive maintenance, spare parts inventory, asset register, mobile technician and reporting modules, in object code, together with its documentation.
P:1.2 "Custom Deliverables" means the interfaces, report templates, data migration scripts, configuration workbooks and any other work product prepared by the Vendor specifically for the Buyer under this Agreement.
P:1.3 "Buyer Data" means all data entered into, processed by or generated through the Software by or for the Buyer, including equipment records, maintenance histories, personnel information and production data.
P:1.4 "Final Acceptance" means the Buyer's written confirmation under Article 5.3.
H:Article 2 Licence and Services
P:2.1 The Vendor grants the Buyer a perpetual, non-exclusive, non-transferable licence to install and use the Software at its three plants and head office for up to 180 named users and 60 mobile devices, for the Buyer's internal business purposes.
P:2.2 The Vendor shall provide the following services: installation on the Buyer's servers in Hailar; configuration of the modules to the Buyer's maintenance processes; interfaces with the Buyer's ERP system (purchase requisitions and spare parts receipts) and with its SCADA historian (runtime hours and alarm counts); migration of the existing equipment register and three years of maintenance history; user training in Chinese; and post-go-live support.
P:2.3 The user interface, reports and documentation shall be available in simplified Chinese. The Vendor shall use Chinese-speaking consultants for on-site work in Hulunbuir.
H:Article 3 Price
P:3.1 The total price of this Agreement is CNY 1,788,000, inclusive of applicable taxes, made up of: Software licence fee CNY 1,260,000; implementation and interfaces CNY 384,000; data migration CNY 98,000; training CNY 46,000.
P:3.2 The price is fixed. Travel and accommodation of the Vendor's personnel are included.
H:Article 4 Payment
P:4.1 The Buyer shall pay 20% of the total price within twenty days after signature, against the Vendor's invoice and an advance payment guarantee issued by a bank acceptable to the Buyer.
P:4.2 The Buyer shall pay 45% of the total price within twenty days after the Software has been installed and configured and the interfaces have passed the system integration test.
P:4.3 The Buyer shall pay the remaining 35% of the total price within twenty days after Final Acceptance.
P:4.4 Payments shall be made in CNY by bank transfer to the account of the Vendor's designated collection agent in China, against valid VAT invoices.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall complete installation, configuration, interfaces and data migration within 120 days after signature, following the project plan approved by the Buyer.
P:5.2 Acceptance testing shall be carried out by the Buyer with the Vendor's assistance. The acceptance criteria are: (a) all functions listed in Annex 1 work as specified; (b) the migrated equipment register and maintenance history reconcile record by record with the source data; (c) the ERP and historian interfaces have run for fourteen consecutive days without data loss; (d) standard screens open within 3 seconds for 120 concurrent users; and (e) the system has run in production for thirty days without any Severity 1 fault.
P:5.3 When all criteria are met, the Buyer shall issue a Final Acceptance certificate within ten working days. Production use of the Software, installation or payment shall not by themselves constitute acceptance.
P:5.4 If the Software fails acceptance, the Vendor shall correct the defects within twenty days at its own cost and the tests shall be repeated.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will conform to the documentation and Annex 1 for eighteen (18) months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall provide defect correction, new releases, telephone and remote support and on-site support free of charge.
P:6.2 Faults are classified as: Severity 1 (the system is unavailable or work orders cannot be issued at a plant); Severity 2 (a module or interface is impaired); Severity 3 (minor issues). The Vendor shall respond to Severity 1 faults within 1 hour, at any time, and restore service within 8 hours; Severity 2 faults within 2 hours during business hours, with a fix within three working days; and Severity 3 faults within the next working day.
P:6.3 For each full hour by which a Severity 1 response or restoration time is exceeded, the Vendor shall pay the Buyer a service credit of CNY 1,000, which the Buyer may deduct from any amount due.
P:6.4 After the Warranty Period the Buyer may order annual support. The annual support fee is 11% of the Software licence fee, namely CNY 138,600 per year, and shall not be increased during the first three years after the Warranty Period. Each year of support is ordered by a separate purchase order; there is no automatic renewal.
H:Article 7 Intellectual Property
P:7.1 The Software and all intellectual property rights in it remain with the Vendor and its licensors.
P:7.2 All intellectual property rights in the Custom Deliverables vest in the Buyer upon creation. The Vendor shall deliver their source code and documentation and the Buyer may use, modify and license them freely, including through third parties.
P:7.3 The Vendor shall indemnify the Buyer against claims that the Software or the Custom Deliverables infringe third-party rights.
H:Article 8 Buyer Data and Data Security
P:8.1 Buyer Data belongs to the Buyer. The Vendor shall process Buyer Data only to perform this Agreement and shall not use it for any other purpose, including product development, benchmarking or statistics, in any form.
P:8.2 The Software is installed on the Buyer's own servers in China. The Vendor may access the Buyer's systems only through the Buyer's VPN with multi-factor authentication, on approval for each session, and shall not transfer Buyer Data outside the People's Republic of China. The Vendor shall comply with the Cybersecurity Law, the Data Security Law and the Personal Information Protection Law of the PRC.
P:8.3 The Vendor shall notify the Buyer within 12 hours of becoming aware of any unauthorised access to, or loss or disclosure of, Buyer Data, shall cooperate in remedial measures and shall be liable for losses caused by its breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep the other party's confidential information secret, use it only for this Agreement and disclose it only to employees and advisers who need to know it and are bound by equivalent obligations. This obligation survives for five years after termination.
H:Article 10 Delay and Liability
P:10.1 If the Vendor fails to achieve Final Acceptance by the date in the approved project plan for reasons attributable to it, it shall pay liquidated damages of 0.08% of the total price for each day of delay, up to a maximum of 10% of the total price.
P:10.2 The Vendor's total liability under this Agreement is limited to 150% of the total price. This limit does not apply to liability for personal injury, wilful misconduct, infringement under Article 7.3 or breach of Article 8.
P:10.3 Neither party is liable for loss of profit or indirect loss, except under Article 8.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the services without the Buyer's prior written consent. The Vendor remains responsible for any approved subcontractor.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within thirty days after receiving notice of it.
P:12.2 The Buyer may also terminate if the liquidated damages under Article 10.1 reach their maximum.
P:12.3 On termination by the Buyer under this Article, the Vendor shall refund amounts paid for services not performed and deliver all Custom Deliverables completed at that date. The licence under Article 2.1 survives if the licence fee has been paid.
H:Article 13 Force Majeure
P:13.1 Neither party is liable for failure to perform caused by events beyond its reasonable control, provided it notifies the other party promptly and uses reasonable efforts to mitigate the effects.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of Ireland.
P:14.2 Any dispute arising out of this Agreement shall be referred to arbitration under the Arbitration Act 2010 of Ireland, before a sole arbitrator, seated in Dublin. The language of the arbitration shall be English.
H:Article 15 General
P:15.1 This Agreement, with Annex 1 (Functional Specification) and Annex 2 (Project Plan), is the entire agreement of the parties. Amendments must be in writing and signed by both parties. This Agreement is executed in English and Chinese; both versions are equally authentic.
P:Signed for Breffni Asset Systems Limited: ____________________
P:Signed for Hulunbuir Grassland Dairy Co., Ltd.: ____________________
"""
E02 = """# ORDER FORM — LEARNING PLATFORM SUBSCRIPTION

**Kestrel Learning Technologies Limited**, Henry Street, Kenmare, County Kerry, Ireland ("Kestrel")

**Customer:** Hangzhou Westlake Harbour Hotels Management Co., Ltd., a company established in the People's Republic of China ("Customer")

**Order Form No.:** KLT-OF-2026-0877

This Order Form consists of Part A (Order Details) and Part B (General Terms). Part B is attached and forms part of this Order Form. If Part A and Part B conflict, Part A prevails.

## PART A — ORDER DETAILS

### A1. Subscribed Service

Kestrel Learn, a cloud-hosted learning management platform, including course catalogue, mandatory-training assignment, mobile learning app, assessments and certificates, learning paths for hotel front-office, housekeeping and food-and-beverage staff, manager dashboards and SSO integration with Customer's WeCom (企业微信) directory. The Service is hosted for Customer in Kestrel's Alibaba Cloud environment in the Shanghai region.

### A2. Subscription Term

The Subscription Term is twenty-four (24) months starting on the Go-Live Date (A4). Subscription Year 1 is the first half of the Subscription Term and Subscription Year 2 the second half. The Subscription Term ends automatically at its expiry. Any further subscription requires a new Order Form signed by both parties; nothing in this Order Form renews by itself.

### A3. Fees

| Item | Quantity | Unit price (CNY) | Amount (CNY) |
|---|---|---|---|
| Kestrel Learn subscription, Subscription Year 1 | 420 users | 780 per user per year | 327,600 |
| Kestrel Learn subscription, Subscription Year 2 | 420 users | 780 per user per year | 327,600 |
| Onboarding: configuration, WeCom SSO, course migration, administrator training | one-off | — | 58,000 |
| **Total Contract Value** | | | **713,200** |

All amounts include VAT. The unit price is fixed for the Subscription Term. Additional users may be added at the same unit price, pro rata to the end of the current Subscription Year.

### A4. Onboarding and Go-Live

(a) Kestrel shall complete onboarding within forty-five (45) days after signature of this Order Form.

(b) Go-Live acceptance criteria: (i) all hotels and departments configured in line with the organisation chart supplied by Customer; (ii) WeCom SSO working for all active staff accounts; (iii) the 86 existing courses migrated with their completion records, reconciled against the source export; (iv) the mobile app published and tested on Android and iOS; and (v) a load test of 300 concurrent learners with page response under 2 seconds.

(c) Customer shall sign a Go-Live certificate within five (5) business days after Kestrel shows that the criteria are met. The date of that certificate is the "Go-Live Date". Pilot use by Customer is not acceptance.

(d) If Go-Live is delayed beyond the date in (a) for reasons attributable to Kestrel, Kestrel shall pay Customer CNY 500 for each day of delay, deductible from any invoice.

### A5. Invoicing and Payment

(a) Subscription fees are invoiced quarterly in advance, in eight equal instalments of CNY 81,900, the first on the Go-Live Date and the others at the start of each following quarter.

(b) The onboarding fee of CNY 58,000 is invoiced on the Go-Live Date.

(c) Invoices are payable within thirty (30) days of receipt, against a valid VAT invoice issued by Kestrel's Shanghai service entity.

### A6. Contacts and Signatures

Customer contact: Director of Learning and Development. Kestrel contact: Account Director, Greater China.

Signed for Kestrel: ____________________ Date: ________

Signed for Customer: ____________________ Date: ________

## PART B — GENERAL TERMS

### 1. Service Levels

1.1 Kestrel shall make the Service available at least 99.95% of the time in each calendar month, excluding scheduled maintenance notified at least three (3) days in advance and performed between 01:00 and 05:00 China Standard Time.

1.2 Incidents are classified as Priority 1 (the Service or log-in is unavailable for all users, or certificates cannot be issued), Priority 2 (a major function is impaired for a hotel) and Priority 3 (other issues). Kestrel shall respond to Priority 1 incidents within 30 minutes, 24 hours a day, and restore service within 6 hours; Priority 2 within 2 hours during business hours, resolved within two (2) business days; Priority 3 within one (1) business day.

1.3 If monthly availability falls below the level in 1.1, Customer receives a service credit of 5% of the monthly equivalent subscription fee for each 0.1 percentage point of shortfall, up to half of that monthly fee. If a Priority 1 restoration time is missed, an additional credit of CNY 1,000 per hour applies. Credits are deducted from the next invoice.

### 2. Customer Data

2.1 Customer Data means all data uploaded to or generated in the Service by or for Customer, including staff personal information, learning records, assessment results and Customer's own course content. As between the parties, Customer owns Customer Data.

2.2 Kestrel shall process Customer Data to provide the Service and support, as instructed by Customer.

2.3 Kestrel may collect and use aggregated and de-identified data derived from Customer Data and from Customer's use of the Service, such as completion rates, course popularity and engagement statistics, to improve and develop its products, to prepare industry benchmarks for the hospitality sector and for other lawful business purposes. This right continues after the Subscription Term ends.

### 3. Security

3.1 Kestrel shall maintain a documented information security programme, certified to ISO/IEC 27001, and operate the Service at MLPS (等级保护) level 3. Customer Data is stored in mainland China, encrypted in transit and at rest, and access by Kestrel personnel is limited to named support staff using multi-factor authentication, with all access logged.

3.2 Kestrel shall notify Customer of any security incident affecting Customer Data without undue delay and in any event within 24 hours, provide the information Customer needs to meet its obligations under PRC law, and bear the costs and losses caused by an incident attributable to Kestrel's breach of this Section.

3.3 On expiry or termination, Kestrel shall make Customer Data available for export for sixty (60) days and then delete it, and confirm the deletion in writing.

### 4. Intellectual Property

4.1 Kestrel retains all rights in the Service and its standard content.

4.2 Course content, learning paths, branded templates and configurations created by Kestrel specifically for Customer during onboarding belong to Customer, who may use, modify and let third parties use them without restriction, during and after the Subscription Term.

### 5. Confidentiality

Each party shall protect the other party's confidential information with at least reasonable care, use it only for this Order Form and not disclose it to third parties except to its professional advisers under a duty of confidence or as required by law. These obligations continue for three (3) years after the end of the Subscription Term.

### 6. Subcontracting

Kestrel shall not subcontract the performance of the Service or onboarding to any third party, other than its cloud hosting provider named in A1, without Customer's prior written consent, and remains responsible for its subcontractors.

### 7. Liability

7.1 Neither party is liable for indirect or consequential loss or loss of profits.

7.2 Each party's total aggregate liability arising out of or in connection with this Order Form is limited to the fees paid or payable by Customer in the six (6) months preceding the event giving rise to the claim.

7.3 The limits in 7.1 and 7.2 do not apply to death or personal injury caused by negligence, fraud or Customer's payment obligations.

### 8. Term and Termination

8.1 Either party may terminate this Order Form by written notice if the other party commits a material breach and fails to cure it within thirty (30) days after written notice.

8.2 Customer may also terminate by written notice if availability falls below the level in 1.1 in any two consecutive months.

8.3 On termination by Customer under 8.1 or 8.2, Kestrel shall refund any prepaid fees for the period after termination.

### 9. Governing Law and Disputes

This Order Form is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules. The arbitral award is final and binding on both parties.

### 10. General

10.1 Neither party may assign this Order Form without the other's written consent. Notices must be in writing and sent to the contacts in A6.

10.2 Kestrel may update the Service from time to time, provided that no update materially reduces the functions described in A1 during the Subscription Term. Kestrel shall announce major releases at least fourteen (14) days in advance through the administrator console and publish release notes in Chinese.

10.3 Customer is responsible for the accuracy of the organisation data it supplies, for keeping administrator credentials secure and for the lawfulness of the course content it uploads.

10.4 Kestrel shall provide Customer with a named customer success manager, a quarterly service report covering availability, incidents, credits and adoption by hotel, and a quarterly review meeting, which may be held online.

10.5 This Order Form is signed in English and Chinese. Both versions have equal force.
"""
E03 = """T:Purchase Contract for Wireless Condition Monitoring Sensors and Monitoring Software
P:Contract No. YSC-EQ-2026-0265
P:Buyer: Hebei Yanshan Cement Co., Ltd., a company established in the People's Republic of China, with its registered office in Luanzhou, Hebei Province (the "Buyer").
P:Supplier: Connemara Condition Sensing Limited, a company incorporated in Ireland, with its registered office at Market Street, Clifden, County Galway, Ireland, acting in China through its representative office in Tianjin (the "Supplier").
P:This Contract is made on the Buyer's standard terms for equipment purchases. The Buyer wishes to monitor the vibration and temperature of the fans, mills, kiln drives and conveyors at its two clinker lines, and the Supplier has been selected after a competitive tender.
H:1. Definitions
P:1.1 "Equipment" means the wireless vibration and temperature sensors, gateways, mounting kits and spare parts listed in the Price Table.
P:1.2 "Software" means the Supplier's SentinelCM condition monitoring software, including the analytics server, web client and mobile alarm app, licensed under Clause 3.
P:1.3 "Deliverables" means the Equipment, the Software, the configured asset models, alarm thresholds, dashboards, interface programs and all documentation supplied under this Contract.
P:1.4 "Buyer Data" means all measurement data, asset data, alarms and reports collected, stored or produced through the Equipment and the Software.
H:2. Scope of Supply
P:2.1 The Supplier shall supply, install, configure and commission 240 sensors and 16 gateways on the rotating equipment listed in Annex 1, install the Software on the Buyer's servers in its central control room, build the asset models for 118 machines, configure alarm rules and dashboards, and connect the Software to the Buyer's DCS historian and its maintenance management system.
P:2.2 The Supplier shall train the Buyer's maintenance engineers and control room operators, and deliver operating and maintenance manuals in Chinese.
P:2.3 The Equipment shall be rated for the plant environment: operating temperature from -30 to +85 degrees Celsius at the sensor, ingress protection IP67 or better, explosion-proof certification where Annex 1 requires it, and battery life of at least three years at the configured sampling interval.
H:3. Software Licence
P:3.1 The Supplier grants the Buyer a perpetual, non-exclusive licence to use the Software for the Buyer's plants, with no limit on the number of users, and to make backup copies.
P:3.2 The licence covers sensor and gateway capacity up to 400 sensors. Additional sensors within that capacity require no further licence fee.
H:4. Contract Price
P:4.1 The Contract Price is CNY 1,508,000, inclusive of VAT, customs duties, delivery to the Buyer's plant, insurance and installation, as set out in the Price Table below.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless triaxial vibration and temperature sensor|240|3,150|756,000
TB:2|Industrial wireless gateway with mounting kit|16|8,400|134,400
TB:3|SentinelCM software licence, perpetual|1|368,000|368,000
TB:|Equipment and Software subtotal|||1,258,400
TB:4|Installation, cabling of gateways and commissioning|1 lot|142,000|142,000
TB:5|Asset models, alarm rules, dashboards and interfaces|1 lot|86,000|86,000
TB:6|Training and documentation|1 lot|21,600|21,600
TB:|Contract Price|||1,508,000
P:4.2 The Contract Price is fixed and shall not be adjusted for exchange rate changes.
H:5. Payment
P:5.1 10% of the Contract Price within twenty (20) days after signature, against the Supplier's invoice and a bank advance payment guarantee of the same amount.
P:5.2 55% of the Contract Price within twenty (20) days after delivery and installation of all Equipment, confirmed by an Installation Certificate signed by the Buyer. The Installation Certificate confirms quantities and physical installation only and is not acceptance.
P:5.3 35% of the Contract Price within twenty (20) days after Final Acceptance under Clause 7.
H:6. Delivery
P:6.1 The Supplier shall deliver the Equipment to the Buyer's plant within sixty (60) days after signature and complete installation and commissioning within forty-five (45) days after delivery, in coordination with the Buyer's planned kiln stoppage.
P:6.2 If the Supplier fails to meet any date in Clause 6.1 for reasons attributable to it, the Supplier shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price. The Buyer may deduct the damages from any payment.
P:6.3 Title to the Equipment passes to the Buyer on delivery; risk of loss passes on signature of the Installation Certificate. The Supplier shall pack the Equipment for road transport and shall bear the cost of replacing any item damaged before that time.
P:6.4 The Supplier's personnel working on site shall comply with the Buyer's safety rules, including permit-to-work and lock-out procedures at the kilns and mills.
H:7. Acceptance
P:7.1 After commissioning, the system shall run for a trial period of forty-five (45) days.
P:7.2 Final Acceptance requires that: (a) all 240 sensors report data to the Software at the configured interval, with no more than two sensors offline at any time; (b) vibration readings of ten sample points agree with the Buyer's calibrated portable analyser within ±5%; (c) alarms are raised in the Software and the mobile app within 60 seconds of a simulated threshold breach; (d) the interfaces with the DCS historian and the maintenance management system have run for twenty (20) consecutive days without data loss; and (e) no Severity 1 fault occurred during the trial period.
P:7.3 The Buyer shall issue the Final Acceptance Certificate within seven (7) days after the criteria are met. Use of the system during the trial period is not acceptance.
H:8. Warranty
P:8.1 The Supplier warrants the Equipment and the Software for thirty-six (36) months from Final Acceptance. During the warranty period the Supplier shall repair or replace defective Equipment free of charge, including battery replacement, and provide Software updates, remote support and on-site support free of charge.
P:8.2 Faults are handled as follows: Severity 1 (the Software is down, or a gateway serving critical machines fails): response within 1 hour, on-site attendance within 48 hours if remote recovery fails; Severity 2 (individual sensors or functions fail): response within 8 business hours, repair within five (5) days; Severity 3: next business day.
P:8.3 For each hour by which the Severity 1 response time is exceeded, and for each day by which an on-site attendance or repair time is exceeded, the Supplier shall pay CNY 800, deductible from any amount due.
P:8.4 After the warranty period, the Supplier shall offer annual support for the Equipment and the Software at 9% of the Equipment and Software subtotal, that is CNY 113,256 per year, fixed for the first two years after the warranty period. Annual support is ordered by the Buyer year by year and does not renew automatically.
H:9. Intellectual Property
P:9.1 The Software remains the property of the Supplier, subject to the licence in Clause 3.
P:9.2 The asset models, alarm rules, dashboards, interface programs and documentation prepared for the Buyer belong to the Buyer, which may use, modify and license them without restriction. The Supplier shall deliver the source code of the interface programs.
H:10. Buyer Data and Data Security
P:10.1 Buyer Data belongs to the Buyer. The Supplier shall use Buyer Data only to perform this Contract and shall not copy, retain or use it for any other purpose.
P:10.2 The Software shall run on the Buyer's own servers. The gateways shall communicate only within the Buyer's plant network. Remote access by the Supplier is allowed only with the Buyer's approval for each session, through the Buyer's VPN, and is logged.
P:10.3 The Supplier shall ensure that the Equipment and the Software contain no backdoor or undisclosed communication function, and shall promptly supply security patches. It shall notify the Buyer within 12 hours of any security incident affecting Buyer Data or the plant network and is liable for the losses caused by its breach of this Clause.
H:11. Confidentiality
P:11.1 Each party shall keep confidential all technical and commercial information of the other party received in connection with this Contract and shall not disclose it to any third party without prior written consent. This obligation continues for five years after the end of this Contract.
H:12. Liability
P:12.1 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of Clauses 10 and 11, which are not limited.
H:13. Subcontracting
P:13.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The Supplier remains fully responsible for any approved subcontractor.
H:14. Termination
P:14.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within twenty (20) days after notice, or if the liquidated damages under Clause 6.2 reach their maximum. The Supplier shall then refund the amounts paid for undelivered or rejected items.
H:15. Governing Law and Disputes
P:15.1 This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Shijiazhuang Arbitration Commission for arbitration in Shijiazhuang.
H:16. General
P:16.1 This Contract is made in Chinese and English, with equal force. Annex 1 (Machine List) and Annex 2 (Technical Specification) form part of this Contract.
P:16.2 Neither party is liable for delay caused by force majeure, provided it notifies the other party within five (5) days and takes reasonable steps to limit the effects. Notices under this Contract shall be in writing and sent to the addresses stated above.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""
E04 = """# MANAGED SERVICES AGREEMENT

**Agreement No.:** LIF-MSA-2026-031

**Between:**

**Liffey Valley Managed IT Limited**, a company incorporated in Ireland, with its registered office at Main Street, Naas, County Kildare, Ireland, acting through its wholly owned subsidiary Liffey Valley IT Services (Shanghai) Co., Ltd. for services delivered in China (the "Supplier"); and

**Ningbo Dongqian Apparel Group Co., Ltd.**, a company established in the People's Republic of China, with its registered office in Yinzhou District, Ningbo (the "Customer").

**Background:** The Customer operates a head office, two factories and a distribution centre in Zhejiang, with about 1,150 end users. It wishes to outsource its IT service desk, end-user computing support and the monitoring of its on-premises servers to the Supplier for three years.

## 1. Definitions and Structure

1.1 This Agreement consists of these Sections and three Schedules: Schedule 1 (Services), Schedule 2 (Service Levels and Service Credits) and Schedule 3 (Charges). If there is a conflict, these Sections prevail over the Schedules.

1.2 "Customer Data" means all data of the Customer, its employees, suppliers and customers that the Supplier accesses, processes or stores in providing the Services, including tickets, user accounts, device inventories, logs and the contents of end-user devices.

1.3 "Service Commencement Date" means the date on which the Customer signs the Transition Acceptance Certificate under Section 3.3.

1.4 "Term" means thirty-six (36) months from the Service Commencement Date.

## 2. Services

2.1 The Supplier shall provide the services described in Schedule 1 (the "Services") to the Customer's sites and users from the Service Commencement Date until the end of the Term.

2.2 The Supplier shall provide the Services with suitably qualified, Chinese-speaking personnel, including two on-site engineers at the head office, one engineer at each factory and a remote service desk in Shanghai.

2.3 The Supplier shall follow ITIL-based processes for incident, request, problem and change management and shall use the Customer's ticketing tool.

## 3. Transition

3.1 The Supplier shall carry out the transition of the Services from the Customer's in-house team within sixty (60) days after signature, in accordance with a transition plan agreed with the Customer.

3.2 Transition includes: knowledge transfer from the Customer's staff; documentation of all sites, devices and servers; set-up of monitoring for 64 servers and the core network; creation of service desk scripts and a knowledge base; and a two-week parallel run.

3.3 Transition acceptance criteria: (a) all end-user devices and servers recorded in the asset inventory and reconciled with the Customer's records; (b) monitoring active on all 64 servers with alerts routed to the service desk; (c) at least 180 knowledge articles approved by the Customer; and (d) during the parallel run, the service desk handled the Customer's test scenarios for each site correctly, with answer and response times within the targets in Schedule 2. When the criteria are met, the Customer shall sign the Transition Acceptance Certificate within five (5) business days.

3.4 If transition is not completed by the agreed date, the Supplier shall provide a recovery plan and add resources at its own cost until transition is completed. The Supplier has no other liability for transition delays, and no charges under Schedule 3 are due before the Service Commencement Date.

## 4. Charges and Payment

4.1 The Customer shall pay the charges set out in Schedule 3.

4.2 The monthly service charge is invoiced monthly in arrears. The transition charge is invoiced after the Service Commencement Date. Invoices are payable within thirty (30) days after receipt of a valid VAT invoice.

4.3 The charges are fixed for the Term. Changes in the number of users of more than 10% in either direction are handled through the change procedure in Section 12.

## 5. Service Levels

5.1 The Supplier shall meet the service levels in Schedule 2.

5.2 If the Supplier fails to meet a service level, service credits apply as set out in Schedule 2, and the Supplier shall deliver a root-cause analysis and remediation plan within ten (10) business days.

5.3 The Supplier shall provide a monthly service report and attend a monthly service review meeting with the Customer.

## 6. Customer Data and Security

6.1 Customer Data belongs to the Customer. The Supplier shall process Customer Data only to provide the Services and in accordance with the Customer's instructions, and shall not use it for any other purpose.

6.2 The Supplier shall comply with the Customer's information security policies, the Cybersecurity Law, the Data Security Law and the Personal Information Protection Law. Privileged access shall be granted to named engineers only, through the Customer's privileged access management system, and all sessions shall be recorded. Customer Data shall not leave the Customer's network except for ticket data stored in the Customer's own ticketing tool.

6.3 The Supplier shall report any security incident affecting Customer Data or the Customer's systems within 2 hours after becoming aware of it, take immediate containment measures and compensate the Customer for losses resulting from the Supplier's breach of this Section.

## 7. Confidentiality

Each party shall keep the other's confidential information secret, use it only for this Agreement and disclose it only to personnel who need it and are bound by written confidentiality obligations. This Section survives for five (5) years after the end of the Term.

## 8. Intellectual Property

8.1 Each party retains its pre-existing intellectual property. The Supplier's tools and methods remain the Supplier's.

8.2 Knowledge articles, scripts, runbooks, configuration records and reports prepared by the Supplier for the Customer belong to the Customer, which may use, modify and provide them to any replacement supplier without restriction.

## 9. Service Failures

9.1 The Customer's remedies for failure to meet the service levels are the service credits under Schedule 2 and the remediation process under Section 5.2.

9.2 If the Supplier misses the same service level in three consecutive months, the parties' senior managers shall meet within ten (10) business days to agree further measures.

## 10. Liability

10.1 The Supplier's total liability under this Agreement is limited to 200% of the total charges in Schedule 3, except for liability for personal injury, fraud, wilful misconduct and breach of Sections 6 and 7.

10.2 Neither party is liable for indirect loss or loss of profit.

## 11. Term and Termination

11.1 This Agreement starts on signature and ends at the end of the Term. It does not renew automatically; any extension must be agreed in writing.

11.2 Given the Supplier's investment in transition, neither party may terminate this Agreement before the end of the Term, except by written notice if the other party becomes insolvent, or if a force majeure event prevents performance for more than ninety (90) consecutive days. A failure to meet service levels or any other breach of this Agreement does not entitle the Customer to terminate; the Customer's remedies are those in Sections 5 and 9 and a claim for damages.

11.3 On expiry or termination, the Supplier shall provide exit assistance for up to sixty (60) days at the rates in Schedule 3, return all Customer Data and delete its copies.

## 12. Changes and Subcontracting

12.1 Changes to the Services or charges require a written change note signed by both parties.

12.2 The Supplier shall not subcontract any part of the Services without the Customer's prior written consent.

## 13. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Ningbo Arbitration Commission for arbitration in Ningbo.

## Schedule 1 — Services

| Service | Scope | Hours |
|---|---|---|
| Service desk | Telephone, WeCom and e-mail support in Chinese and English for all users | 07:00–22:00, seven days |
| End-user computing | Desktops, laptops, printers, mobile devices; installs, moves, adds, changes | Business days on site |
| Server and network monitoring | 64 servers, core switches, firewalls, WAN links; alert handling | 24 x 7 |
| Patch and antivirus management | Monthly patching, endpoint protection console | Monthly cycle |
| Asset management | Hardware and software inventory, licence records | Continuous |

## Schedule 2 — Service Levels and Service Credits

| Measure | Target | Service credit if missed |
|---|---|---|
| P1 incident (site, factory line or ERP users unable to work) response | 15 minutes | 5% of the monthly service charge |
| P1 incident restoration | 6 hours | 5% of the monthly service charge |
| P2 incident response | 1 hour | 2% of the monthly service charge |
| Service desk calls answered | within 45 seconds | 2% of the monthly service charge |
| User satisfaction survey | average of 4.2 out of 5 or better | 1% of the monthly service charge |

Total service credits in a month are limited to 10% of the monthly service charge for that month.

## Schedule 3 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition | One-off, after the Service Commencement Date | 120,000 |
| Monthly service charge | CNY 58,500 per month × 36 months | 2,106,000 |
| **Total charges for the Term** | | **2,226,000** |
| Exit assistance | Per engineer day, if requested | 3,200 |

All charges include VAT.

Signed for the Supplier: ____________________

Signed for the Customer: ____________________
"""
E05 = """DATA SUBSCRIPTION AGREEMENT - VESSEL TRACKING AND PORT CALL DATA API

Agreement No.: AVD-DSA-2026-118

PARTIES

Avoca Maritime Data Limited, a company incorporated in Ireland with its registered office at Main Street, Arklow, County Wicklow, Ireland ("Vendor").

Qingdao Bluewave International Logistics Co., Ltd., a company established in the People's Republic of China with its registered office in Shinan District, Qingdao ("Customer").

BACKGROUND

Customer is a freight forwarder and non-vessel operating carrier. It wishes to show vessel positions, estimated arrival times and port call histories to its staff and its shippers in its own shipment tracking platform. Vendor collects terrestrial and satellite AIS data and publishes processed vessel and port call data through an application programming interface (the "API"). The parties agree as follows.

1. DEFINITIONS

1.1 "Vendor Data" means the vessel positions, voyage information, port call events, estimated times of arrival and related data made available by Vendor through the API.

1.2 "Customer Data" means the vessel watch-lists, port lists, shipment references, query parameters and account information that Customer or its users submit to the API.

1.3 "Subscription Year" means each of the two consecutive periods into which the Subscription Term is divided, the first starting on the Start Date.

1.4 "Start Date" means the date of Integration Acceptance under Clause 4.

1.5 "Customer Applications" means the software, dashboards, reports and alerts that Customer or its contractors build using the Vendor Data.

2. SUBSCRIPTION

2.1 Vendor grants Customer, for the Subscription Term, a non-exclusive, non-transferable right to access the API, to store Vendor Data in Customer's systems and to display Vendor Data to Customer's employees and to Customer's shippers and consignees through the Customer Applications.

2.2 The subscription covers global vessel positions for container ships, bulk carriers and tankers above 5,000 gross tonnage, port call events for all ports worldwide, and predicted arrival times for the 220 ports listed in Annex A. The API call allowance is 3,000,000 calls per Subscription Year.

2.3 Customer shall not resell Vendor Data as a stand-alone data product or use it to build a competing vessel tracking service.

2.4 The Subscription Term is two Subscription Years from the Start Date. It ends at the end of the second Subscription Year. It does not renew automatically; any renewal requires a new written agreement.

3. FEES AND PAYMENT

3.1 The fees are:
(a) subscription fee for Subscription Year 1: CNY 468,000;
(b) subscription fee for Subscription Year 2: CNY 468,000;
(c) one-time integration and onboarding fee: CNY 36,000.
The total contract price is CNY 972,000, inclusive of VAT.

3.2 Each Subscription Year fee is invoiced on the first day of that Subscription Year. The integration and onboarding fee is invoiced after Integration Acceptance. Invoices are payable within thirty (30) days of receipt.

3.3 Calls above the annual allowance are charged at CNY 0.02 per call, invoiced quarterly in arrears. Customer may set a hard limit on calls in the account console.

3.4 The fees are fixed for the Subscription Term.

4. INTEGRATION AND ACCEPTANCE

4.1 Within thirty (30) days after signature, Vendor shall provide API credentials, a sandbox environment, documentation in English and Chinese, and up to ten (10) days of remote engineering support to help Customer connect its tracking platform.

4.2 Integration Acceptance tests, run by Customer with Vendor's assistance, shall show that: (a) all API endpoints listed in Annex B return valid responses; (b) positions for a sample of 200 vessels chosen by Customer match a reference source within two nautical miles; (c) port call events for 30 sample calls at Qingdao, Shanghai, Ningbo and Singapore are complete and correctly time-stamped; and (d) the median API response time measured over three (3) business days is below 800 milliseconds.

4.3 When the tests are passed, Customer shall sign an Integration Acceptance certificate within five (5) business days. Use of the sandbox or of production credentials before then is not acceptance.

4.4 If Vendor fails to make the production API and the Annex A data available by the forty-fifth (45th) day after signature for reasons attributable to Vendor, Vendor shall pay Customer CNY 700 for each day of delay until it does so, deductible from any invoice.

5. SERVICE AND SUPPORT

5.1 Vendor will use commercially reasonable efforts to keep the API available and the Vendor Data current, but does not guarantee any particular level of availability, latency or coverage. Coverage depends on AIS reception and may vary by region.

5.2 Vendor will provide support by e-mail during its normal business hours in Ireland and will deal with support requests as soon as reasonably practicable, in the order received.

5.3 Vendor will announce planned maintenance on its status page where practicable.

5.4 Vendor may change the API, provided that it gives at least ninety (90) days' notice of any change that removes an endpoint or field used by Customer and keeps the previous API version available during that period.

6. DATA AND INTELLECTUAL PROPERTY

6.1 Vendor retains all rights in the Vendor Data and the API, subject to the rights granted in Clause 2.

6.2 Customer Data belongs to Customer. Vendor shall use Customer Data only to provide the API and support to Customer and shall not use it for any other purpose or disclose it to any third party.

6.3 The Customer Applications, and any custom data extracts, port groupings or reports prepared by Vendor for Customer during onboarding, belong to Customer, which may use, modify and license them freely. Vendor Data embedded in them remains subject to Clause 2.

6.4 After the end of the Subscription Term, Customer may keep and use Vendor Data received during the Subscription Term for internal records and historical shipment reporting, but shall not display current positions from it.

7. CONFIDENTIALITY

7.1 Each party shall keep confidential the non-public information of the other party received under this Agreement, including Customer's shipment references and shipper identities and Vendor's pricing and technical documentation, and shall use it only for this Agreement.

7.2 Confidential information may be disclosed to employees, contractors and professional advisers who need to know it and are bound by equivalent obligations, or as required by law. This Clause survives for three (3) years after the end of this Agreement.

8. WARRANTIES

8.1 Vendor warrants that it has the right to grant the licence in Clause 2 and that the Vendor Data is collected and provided in compliance with applicable law.

8.2 Vendor Data is derived from third-party transmissions and may contain errors. Vendor shall correct errors reported by Customer within a reasonable time.

8.3 Except as expressly stated in this Agreement, the Vendor Data and the API are provided as available, and Vendor gives no other warranty, express or implied, including fitness for a particular purpose. Customer is responsible for decisions it takes on the basis of the Vendor Data, including decisions on bookings, cargo cut-off times and notices to its own customers.

9. LIABILITY

9.1 Vendor shall indemnify Customer against third-party claims that the Vendor Data or the API infringes intellectual property rights.

9.2 Neither party is liable for indirect or consequential loss or loss of profit.

9.3 Each party's total liability under this Agreement is limited to 150% of the total contract price, except for liability under Clause 9.1, fraud and wilful misconduct.

10. SUBCONTRACTING AND ASSIGNMENT

10.1 Vendor shall not subcontract its obligations under this Agreement without Customer's prior written consent, except that Vendor may continue to buy satellite AIS feeds from its existing data providers.

10.2 Neither party may assign this Agreement without the prior written consent of the other.

11. TERMINATION

11.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within thirty (30) days after written notice.

11.2 If Customer terminates under Clause 11.1, Vendor shall refund the part of the Subscription Year fee already paid, pro rata to the days remaining.

11.3 Vendor may suspend access if an invoice remains unpaid sixty (60) days after its due date, after giving ten (10) days' written notice.

12. GOVERNING LAW AND DISPUTES

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes shall be submitted to the China International Economic and Trade Arbitration Commission (CIETAC) for arbitration in Beijing under its rules in force at the time. The arbitration shall be conducted in English and Chinese.

13. GENERAL

13.1 This Agreement, with Annex A (Port List) and Annex B (API Endpoints), is the entire agreement between the parties about its subject matter.

13.2 Amendments must be in writing and signed by both parties. Notices shall be sent by e-mail and courier to the addresses above.

13.3 This Agreement is signed in English and Chinese, both versions being equally valid.

13.4 Neither party is liable for a failure to perform caused by events beyond its reasonable control, including failures of satellite or terrestrial AIS networks operated by third parties, provided that it notifies the other party promptly and resumes performance as soon as possible.

SIGNATURES

For Avoca Maritime Data Limited: ____________________    Date: __________

For Qingdao Bluewave International Logistics Co., Ltd.: ____________________    Date: __________
"""

NAMES = {
    "z01": ("h1090z01_vet_drug_supervision_platform.pdf", "pdf", Z01),
    "z02": ("h1090z02_electric_scissors_line_control_retrofit.docx", "docx", Z02),
    "z03": ("h1090z03_reading_chain_booking_membership_saas.txt", "txt", Z03),
    "z04": ("h1090z04_airport_noise_monitoring_om_service.txt", "txt", Z04),
    "z05": ("h1090z05_porcelain_studio_process_tracking_supplier_template.md", "md", Z05),
    "e01": ("h1090e01_eam_perpetual_licence_cavan_vendor.pdf", "pdf", E01),
    "e02": ("h1090e02_learning_saas_order_form_kenmare_vendor.md", "md", E02),
    "e03": ("h1090e03_condition_monitoring_sensors_clifden_vendor.docx", "docx", E03),
    "e04": ("h1090e04_managed_it_services_naas_vendor.md", "md", E04),
    "e05": ("h1090e05_vessel_data_api_subscription_arklow_vendor.txt", "txt", E05),
}

G, S = "goods_or_licence", "service"


def T(av, p1, rem, ip, dsec, own, conf, ld, cap, pre, acc, fin, war, pwf, auto, term, sub, law, kind):
    return {"availability_pct": av, "p1_response_hours": p1, "sla_remedy": rem, "ip_owner": ip,
            "data_security_clause": dsec, "buyer_owns_data": own, "confidentiality": conf,
            "ld_rate_per_day_pct": ld, "liability_cap_pct": cap, "prepayment_pct": pre, "acceptance_clause": acc,
            "final_payment_on_acceptance": fin, "warranty_months": war, "post_warranty_fee_pct": pwf,
            "auto_renewal_price_increase": auto, "termination_for_breach": term,
            "subcontract_without_consent": sub, "governing_law": law, "contract_kind": kind}


# key: language, category, terms, extra (sla_clause, ld_stated, capped or None, deemed, value), fee base, forum
# outside mainland, design rules
DESIGN = {
    "z01": ("zh", "software",
            T(99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 8.5, False, True, False,
              "PRC", G), (True, True, True, False, 2030000), 1180000, False, []),
    "z02": ("zh", "hardware",
            T(None, 8, True, "buyer", True, True, True, 0.1, None, 10, True, True, 24, 7.5, False, True, True,
              "PRC", G), (True, True, True, False, 1892000), 1486000, False, ["CR-SLA-RESPONSE", "CR-SUBCONTRACT"]),
    "z03": ("zh", "cloud",
            T(99.5, 1, True, "buyer", True, True, True, 600 / 758000 * 100, 200, None, True, None, None, None, True,
              True, False, "PRC", S), (True, True, None, False, 758000), None, False,
            ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"]),
    "z04": ("zh", "services",
            T(99.95, 0.5, True, "buyer", True, False, False, 0.1, None, None, True, None, None, None, False, True,
              False, "PRC", S), (True, True, None, False, 717200), None, False,
            ["CR-CONFIDENTIALITY", "CR-DATA-OWNERSHIP"]),
    "z05": ("zh", "software",
            T(None, 2, False, "supplier", True, False, True, 0.02, None, 65, False, False, 6, 28, False, True, None,
              None, G), (True, True, True, True, 248000), 168000, False,
            ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-POST-WARRANTY-FEE",
             "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"]),
    "e01": ("en", "software",
            T(None, 1, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 18, 11, False, True, False,
              "Ireland", G), (True, True, True, False, 1788000), 1260000, True, ["CR-GOVERNING-LAW"]),
    "e02": ("en", "cloud",
            T(99.95, 0.5, True, "buyer", True, False, True, 500 / 713200 * 100, 6 / 24 * 100, None, True, None, None,
              None, False, True, False, "PRC", S), (True, True, None, False, 713200), None, False,
            ["CR-DATA-OWNERSHIP", "CR-LIABILITY-CAP"]),
    "e03": ("en", "hardware",
            T(None, 1, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 36, 9, False, True, False, "PRC", G),
            (True, True, True, False, 1508000), 1258400, False, []),
    "e04": ("en", "services",
            T(None, 0.25, True, "buyer", True, True, True, None, 200, None, True, None, None, None, False, False, False,
              "PRC", S), (True, False, None, False, 2226000), None, False, ["CR-LD-MISSING", "CR-TERMINATION"]),
    "e05": ("en", "services",
            T(None, None, False, "buyer", False, True, True, 700 / 972000 * 100, 150, None, True, None, None, None,
              False, True, False, "PRC", S), (False, True, None, False, 972000), None, False,
            ["CR-DATA-SECURITY", "CR-SLA-MISSING", "CR-SLA-RESPONSE"]),
}

SEVERITY = {"CR-SLA-MISSING": "high", "CR-SLA-AVAILABILITY": "medium", "CR-SLA-RESPONSE": "medium",
            "CR-SLA-NO-REMEDY": "medium", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high",
            "CR-DATA-OWNERSHIP": "medium", "CR-CONFIDENTIALITY": "medium", "CR-LD-MISSING": "high",
            "CR-LD-LOW": "medium", "CR-LIABILITY-CAP": "medium", "CR-PREPAYMENT": "medium", "CR-ACCEPTANCE": "high",
            "CR-WARRANTY": "medium", "CR-POST-WARRANTY-FEE": "high", "CR-AUTO-RENEWAL": "medium",
            "CR-TERMINATION": "medium", "CR-SUBCONTRACT": "medium", "CR-GOVERNING-LAW": "low",
            "CR-TCO-SERVICE-SHARE": "medium"}
# policy thresholds (section 3)
TH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
      "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
TCO_TH, HORIZON = 40, 5


def tco_share(t, value, base):
    years = max(0.0, HORIZON - t["warranty_months"] / 12)
    fees = base * t["post_warranty_fee_pct"] / 100 * years
    return fees / (value + fees) * 100


def derive(key):
    lang, cat, t, (sla, ld_stated, capped, deemed, value), base, forum_out, _ = DESIGN[key]
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
    if not t["acceptance_clause"] or deemed or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not capped or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        if t["post_warranty_fee_pct"] is not None and t["warranty_months"] is not None \
                and tco_share(t, value, base) > TCO_TH:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or forum_out:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    sev = {SEVERITY[x] for x in rules}
    return "high" if "high" in sev else "medium" if "medium" in sev else "low"


# threshold figures that no text may state (digits and words, zh and en)
BAD = [r"99\.9(?![0-9])", r"(?<![0-9.])4\s*-?\s*(?:个)?(?:小时|hours?\b|hrs?\b|h\b)", r"(?<!十)四个?小时", r"\bfour\s*-?\s*hours?",
       r"(?<![0-9.])0?\.05\s*(?:%|percent|per\s*cent)", r"万分之五(?![十])", r"(?<![0-9.])100\s*(?:%|percent|per\s*cent)",
       r"百分之(?:一)?百", r"(?<![0-9.])30\s*(?:%|percent|per\s*cent)", r"百分之三十(?![一二三四五六七八九])",
       r"\bthirty\s*(?:%|percent|per\s*cent)", r"(?<![0-9.])12\s*-?\s*(?:个月|months?\b)", r"十二个月",
       r"\btwelve\s*(?:\(12\)\s*)?-?\s*months?", r"(?<![0-9.])15\s*(?:%|percent|per\s*cent)",
       r"百分之十五", r"\bfifteen\s*(?:%|percent|per\s*cent)", r"(?<![0-9.])40\s*(?:%|percent|per\s*cent)",
       r"百分之四十(?![一二三四五六七八九])", r"\bforty\s*(?:%|percent|per\s*cent)"]
BAD_RE = re.compile("|".join(BAD), re.I)
MUST_HIT = ["99.9%", "可用率99.9％".replace("％", "%"), "within 4 hours", "4小时内", "4-hour", "四小时", "0.05%", "万分之五",
            "100%", "30%", "百分之三十", "12 months", "12个月", "twelve (12) months", "15%", "40 %", "one 12-month term",
            "4h", "fifteen percent"]
MUST_MISS = ["二十四小时", "2027年12月31日", "99.95%", "99.5%", "24小时", "24 hours", "0.08%", "万分之八", "150%", "35%", "130%", "18 months",
             "112 months", "2.15%", "140%", "48 hours", "0.058%", "万分之五十"]
for s_ in MUST_HIT:
    assert BAD_RE.search(s_), s_
for s_ in MUST_MISS:
    assert not BAD_RE.search(s_), s_


def read_back(path, kind):
    if kind in ("txt", "md"):
        return path.read_text(encoding="utf-8")
    if kind == "docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    from pypdf import PdfReader
    return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)


def label(key):
    lang, cat, t, (sla, ld_stated, capped, deemed, value), base, forum_out, _ = DESIGN[key]
    extra = {"sla_clause": sla, "ld_stated": ld_stated}
    if t["contract_kind"] == G:
        extra["post_warranty_fee_capped"] = capped
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = value
    return {"file": NAMES[key][0], "language": lang, "category": cat, "expected_terms": t,
            "expected_extra": extra, "expected_rules": derive(key)}


if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    bins = {k: (n, kind) for k, (n, kind, _) in NAMES.items() if kind in ("docx", "pdf")}
    write({k: NAMES[k][2] for k in bins}, bins, OUT, wrap_words=True)
    for k, (n, kind, src) in NAMES.items():
        if kind in ("txt", "md"):
            (OUT / n).write_text(src.strip("\n") + "\n", encoding="utf-8")
            print("wrote", n)
    covered = set()
    for k, (n, kind, _) in NAMES.items():
        lang, cat, t, (sla, ld_stated, capped, deemed, value), base, forum_out, design = DESIGN[k]
        text = read_back(OUT / n, kind)
        if lang == "zh":
            size = len(re.sub(r"\s", "", text))
            assert 2750 <= size <= 3000, (n, size)
        else:
            size = len(text.split())
            assert 1450 <= size <= 1650, (n, size)
        for variant in (text, " ".join(text.split()), re.sub(r"\s", "", text)):
            m = BAD_RE.search(variant)
            assert not m, (n, m.group(0), variant[max(0, m.start() - 40):m.end() + 40])
        for f, th in TH.items():
            assert t[f] is None or abs(t[f] - th) > 1e-9, (n, f)
        share = None
        if t["contract_kind"] == G:
            share = tco_share(t, value, base)
            assert abs(share - TCO_TH) > 2, (n, share)
        rules = derive(k)
        assert rules == sorted(design), (n, rules, design)
        covered |= set(rules)
        lab = label(k)
        (OUT / (Path(n).stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        print("%-66s %5d %-6s %s%s" % (n, size, risk(rules), ", ".join(r[3:] for r in rules) or "(none)",
                                        "" if share is None else "  TCO share %.1f %%" % share))
    assert covered == set(SEVERITY), sorted(set(SEVERITY) - covered)
    n_comp = [k for k in DESIGN if not derive(k)]
    assert sorted(n_comp) == ["e03", "z01"], n_comp
    print("all 20 CR rules covered")
